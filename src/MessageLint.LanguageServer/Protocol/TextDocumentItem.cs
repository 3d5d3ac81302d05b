namespace MessageLint.LanguageServer.Protocol;

/// <summary>A document as the editor opens it: its full text and what kind of text it is.</summary>
/// <param name="Uri">The document URI.</param>
/// <param name="LanguageId">The editor's language ID, e.g. markdown or plaintext.</param>
/// <param name="Version">The first version.</param>
/// <param name="Text">The full text.</param>
public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);
