using System.Text.RegularExpressions;

namespace MessageLint.Core.Text;

/// <summary>Blanks URLs, e-mail addresses and @mentions in prose: they are names and addresses, not words to judge.</summary>
internal static partial class InlineRegionScanner
{
    public static void Apply(ProseMask mask)
    {
        var prose = mask.Build();
        if (prose.Contains("://", StringComparison.Ordinal) || prose.Contains("www.", StringComparison.OrdinalIgnoreCase))
        {
            foreach (Match match in UrlPattern().Matches(prose))
            {
                var length = TrimTrailingPunctuation(match.ValueSpan);
                mask.Exclude(new TextSpan(match.Index, length), ExcludedRegionKind.Url);
            }
        }

        if (prose.Contains('@', StringComparison.Ordinal))
        {
            prose = mask.Build();
            foreach (Match match in EmailPattern().Matches(prose))
            {
                mask.Exclude(new TextSpan(match.Index, match.Length), ExcludedRegionKind.Email);
            }

            prose = mask.Build();
            foreach (Match match in MentionPattern().Matches(prose))
            {
                var length = TrimTrailingPunctuation(match.ValueSpan);
                mask.Exclude(new TextSpan(match.Index, length), ExcludedRegionKind.Mention);
            }
        }
    }

    private static int TrimTrailingPunctuation(ReadOnlySpan<char> value)
    {
        var length = value.Length;
        while (length > 1 && value[length - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '\'' or '"')
        {
            length--;
        }

        return length;
    }

    [GeneratedRegex(@"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>""'«»\[\]{}]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?<![\w@])@[A-Za-z0-9_][A-Za-z0-9_.]*", RegexOptions.CultureInvariant)]
    private static partial Regex MentionPattern();
}
