namespace MessageLint.LanguageServer.Protocol;

/// <summary>Names a document by URI, the key for every per-document request.</summary>
/// <param name="Uri">The document URI.</param>
public sealed record TextDocumentIdentifier(string Uri);
