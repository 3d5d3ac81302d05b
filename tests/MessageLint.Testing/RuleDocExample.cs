namespace MessageLint.Testing;

/// <summary>One fenced <c>message</c> example of a rule doc.</summary>
/// <param name="RuleId">The doc's rule.</param>
/// <param name="Line">The line of the fence in the doc, for failure messages.</param>
/// <param name="Language">The <c>lang=</c> attribute ("ru" or "en").</param>
/// <param name="Profile">The <c>profile=</c> attribute, or null.</param>
/// <param name="Format">The <c>format=</c> attribute ("markdown" or "text"), or null.</param>
/// <param name="Markup">The example with its markers.</param>
public sealed record RuleDocExample(string RuleId, int Line, string Language, string? Profile, string? Format, string Markup)
{
    /// <inheritdoc />
    public override string ToString() => $"{RuleId}.md:{Line} ({Language})";
}
