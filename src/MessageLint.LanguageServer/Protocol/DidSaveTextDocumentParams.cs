namespace MessageLint.LanguageServer.Protocol;

/// <summary>The parameters of textDocument/didSave; the text is sent only when a client is asked to include it.</summary>
/// <param name="TextDocument">The saved document.</param>
/// <param name="Text">The saved text, if the client sent it.</param>
public sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument, string? Text);
