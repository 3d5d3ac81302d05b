using MessageLint.Core.Diagnostics;
using MessageLint.Core.Text;

namespace MessageLint.Core.Configuration;

/// <summary>A problem in a configuration file, with where it is, so an editor or a person can go straight to it.</summary>
/// <param name="Descriptor">ML0001 for broken JSON, ML0002 for a bad setting, ML0003 for an unreadable file.</param>
/// <param name="Path">The configuration file.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Position">Zero-based line and column, when known.</param>
public sealed record ConfigurationError(RuleDescriptor Descriptor, string Path, string Message, LinePosition? Position);
