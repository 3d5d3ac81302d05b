namespace MessageLint.LanguageServer.Protocol;

/// <summary>The parameters of textDocument/didOpen.</summary>
/// <param name="TextDocument">The opened document.</param>
public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);
