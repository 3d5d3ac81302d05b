namespace MessageLint.LanguageServer.Protocol;

/// <summary>Text for the editor to render.</summary>
/// <param name="Kind">"markdown" or "plaintext".</param>
/// <param name="Value">The text.</param>
public sealed record MarkupContent(string Kind, string Value);
