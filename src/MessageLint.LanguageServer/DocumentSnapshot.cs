using MessageLint.Core.Text;

namespace MessageLint.LanguageServer;

/// <summary>One version of a document's text, taken under its lock so analysis can run without it.</summary>
/// <param name="Uri">The document URI.</param>
/// <param name="Version">The version.</param>
/// <param name="Text">The full text of that version.</param>
/// <param name="Format">How to read it.</param>
/// <param name="LocalPath">The file path, or null when the document is not a file.</param>
internal sealed record DocumentSnapshot(string Uri, int Version, string Text, DocumentFormat Format, string? LocalPath);
