namespace MessageLint.Core.Text;

/// <summary>A span of the raw text that rules must not read, with the reason.</summary>
public readonly record struct ExcludedRegion(TextSpan Span, ExcludedRegionKind Kind);
