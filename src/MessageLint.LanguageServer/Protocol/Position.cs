namespace MessageLint.LanguageServer.Protocol;

/// <summary>A zero-based line and UTF-16 character offset, as LSP and .NET strings both count them.</summary>
/// <param name="Line">Zero-based line.</param>
/// <param name="Character">Zero-based UTF-16 code unit offset in the line.</param>
public sealed record Position(int Line, int Character);
