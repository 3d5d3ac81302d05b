namespace MessageLint.LanguageServer.Protocol;

/// <summary>The parameters of textDocument/codeAction.</summary>
/// <param name="TextDocument">The document.</param>
/// <param name="Range">The selection or the cursor.</param>
/// <param name="Context">Diagnostics and requested kinds.</param>
public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, LspRange Range, CodeActionContext? Context);
