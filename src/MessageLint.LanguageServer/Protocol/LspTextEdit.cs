namespace MessageLint.LanguageServer.Protocol;

/// <summary>Replace a range with new text; named apart from MessageLint's own TextEdit.</summary>
/// <param name="Range">The replaced range.</param>
/// <param name="NewText">The new text.</param>
public sealed record LspTextEdit(LspRange Range, string NewText);
