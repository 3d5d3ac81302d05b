using MessageLint.Core.Text;

namespace MessageLint.Testing;

/// <summary>A diagnostic a markup example expects: the rule (null for "the rule under test") and its span.</summary>
public sealed record ExpectedSpan(string? RuleId, TextSpan Span);
