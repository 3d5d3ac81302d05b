namespace MessageLint.Core.Text;

/// <summary>A token of a sentence; its text is read from the document to keep tokens allocation-free.</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind);
