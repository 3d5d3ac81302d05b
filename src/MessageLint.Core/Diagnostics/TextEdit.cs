using MessageLint.Core.Text;

namespace MessageLint.Core.Diagnostics;

/// <summary>Replace the text of a span with new text.</summary>
public sealed record TextEdit(TextSpan Span, string NewText);
