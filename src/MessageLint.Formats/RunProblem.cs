using MessageLint.Core.Diagnostics;
using MessageLint.Core.Text;

namespace MessageLint.Formats;

/// <summary>
/// A problem with the run rather than with a draft: an unreadable input or a broken configuration
/// (ML0xxx). Problems never look like findings: they make the run exit with 2.
/// </summary>
/// <param name="Descriptor">The engine descriptor (ML0001…ML0005).</param>
/// <param name="Path">The file concerned, as given by the user.</param>
/// <param name="Message">One line saying what is wrong and, where it helps, what to do.</param>
/// <param name="Position">Line and column in the file, when known (zero-based).</param>
public sealed record RunProblem(RuleDescriptor Descriptor, string Path, string Message, LinePosition? Position = null);
