using MessageLint.Core.Text;

namespace MessageLint.Core.Suppression;

/// <summary>
/// An inline directive such as <c>&lt;!-- messagelint-disable ML3001 -- quoting a client --&gt;</c>
/// or its chat form <c>[messagelint-disable ML3001]</c>.
/// </summary>
/// <param name="Kind">What the directive does.</param>
/// <param name="RuleIds">Rule IDs it names; empty means every rule.</param>
/// <param name="Justification">Text after <c>--</c>, kept and reported with what it suppresses.</param>
/// <param name="Span">Where the directive stands in the raw text.</param>
public sealed record SuppressionDirective(
    SuppressionDirectiveKind Kind,
    IReadOnlyList<string> RuleIds,
    string? Justification,
    TextSpan Span)
{
    /// <summary>True when the directive applies to the rule.</summary>
    public bool Covers(string ruleId) => RuleIds.Count == 0 || RuleIds.Contains(ruleId, StringComparer.OrdinalIgnoreCase);
}
