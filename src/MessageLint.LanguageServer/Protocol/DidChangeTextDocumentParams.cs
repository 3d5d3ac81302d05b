namespace MessageLint.LanguageServer.Protocol;

/// <summary>The parameters of textDocument/didChange; changes apply in order.</summary>
/// <param name="TextDocument">The document and its new version.</param>
/// <param name="ContentChanges">The edits, each relative to the text left by the one before.</param>
public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);
