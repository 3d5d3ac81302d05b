namespace MessageLint.LanguageServer.Protocol;

/// <summary>The parameters of textDocument/didClose.</summary>
/// <param name="TextDocument">The closed document.</param>
public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);
