namespace MessageLint.LanguageServer.Protocol;

/// <summary>The answer to textDocument/hover.</summary>
/// <param name="Contents">The explanation.</param>
/// <param name="Range">The range it explains.</param>
public sealed record Hover(MarkupContent Contents, LspRange? Range);
