namespace MessageLint.LanguageServer.Protocol;

/// <summary>The parameters of textDocument/hover.</summary>
/// <param name="TextDocument">The document.</param>
/// <param name="Position">The hovered position.</param>
public sealed record HoverParams(TextDocumentIdentifier TextDocument, Position Position);
