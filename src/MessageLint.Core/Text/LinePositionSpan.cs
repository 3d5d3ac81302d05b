namespace MessageLint.Core.Text;

/// <summary>The start and end of a span as line positions.</summary>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End);
