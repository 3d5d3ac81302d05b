namespace MessageLint.Core.Lexicons;

/// <summary>Sample text that reaches the matching loop of any rule pattern, so a warm-up match compiles all of it.</summary>
internal static class WarmUp
{
    /// <summary>Mixed Russian and English prose with words, a date, a time and punctuation.</summary>
    public const string Text = "Warm-up: пришлю завтра до 18:00, в пятницу 12.03 — I'll send it by Friday 6 pm, ok? Вот три варианта, какой?";
}
