namespace MessageLint.Core.Diagnostics;

/// <summary>
/// How a suggestion reads next to its title. Rules often quote the suggested text in the title
/// ("Заменить на «.»", "Предложить свой вариант: «Предлагаю X, потому что Y»"); printing the text again
/// after such a title says it twice, so reports show it only when the title does not.
/// </summary>
public static class SuggestionDisplay
{
    /// <summary>What surrounds a suggested text in a title that quotes it: quotation marks, ellipses, dashes, the closing full stop.</summary>
    private static readonly char[] QuotingAndEllipsis = [' ', '.', '…', '—', '–', '«', '»', '"', '“', '”'];

    /// <summary>The suggested text to show after <paramref name="title"/>, trimmed; null when there is none or the title already shows it.</summary>
    public static string? TextAfterTitle(string title, string? newText)
    {
        ArgumentNullException.ThrowIfNull(title);
        var text = newText?.Trim();
        var core = text?.Trim(QuotingAndEllipsis);
        return string.IsNullOrEmpty(core) || title.Contains(core, StringComparison.Ordinal) ? null : text;
    }
}
