namespace MessageLint.Rules.Infrastructure;

/// <summary>
/// Tells whether a position lies inside quotation marks in a sentence. Quoted words are reported
/// speech ("I never write «сами виноваты»") or the client's own words, which rules must not judge.
/// </summary>
public static class QuotedSpeech
{
    /// <summary>True when <paramref name="index"/> lies between an opening and a closing quotation mark.</summary>
    public static bool IsInsideQuotes(string prose, int index)
    {
        ArgumentNullException.ThrowIfNull(prose);
        var guillemets = 0;
        var curly = 0;
        var straight = 0;
        for (var i = 0; i < index && i < prose.Length; i++)
        {
            switch (prose[i])
            {
                case '«':
                    guillemets++;
                    break;
                case '»':
                    guillemets = Math.Max(0, guillemets - 1);
                    break;
                case '“':
                    curly++;
                    break;
                case '”':
                    curly = Math.Max(0, curly - 1);
                    break;
                case '"':
                    straight ^= 1;
                    break;
            }
        }

        return guillemets > 0 || curly > 0 || (straight == 1 && prose.IndexOf('"', index) >= 0) || IsInsideSingleQuotes(prose, index);
    }

    /// <summary>
    /// Single quotes ('almost done!', ‘soon’) share their mark with the apostrophe, so a mark opens a quote only
    /// after a space or an opening bracket and before a letter, and closes one only after a non-space and before
    /// a non-letter: "don't" and "client's" neither open nor close.
    /// </summary>
    private static bool IsInsideSingleQuotes(string prose, int index)
    {
        var open = false;
        for (var i = 0; i < index && i < prose.Length; i++)
        {
            if (!open && IsSingleOpening(prose, i))
            {
                open = true;
            }
            else if (open && IsSingleClosing(prose, i))
            {
                open = false;
            }
        }

        if (!open)
        {
            return false;
        }

        for (var i = Math.Max(index, 0); i < prose.Length; i++)
        {
            if (IsSingleClosing(prose, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSingleOpening(string prose, int i)
        => prose[i] is '\'' or '‘'
            && (i == 0 || char.IsWhiteSpace(prose[i - 1]) || prose[i - 1] is '(' or '[' or '—' or '–' or ':' or '/')
            && i + 1 < prose.Length && char.IsLetterOrDigit(prose[i + 1]);

    private static bool IsSingleClosing(string prose, int i)
        => prose[i] is '\'' or '’'
            && i > 0 && !char.IsWhiteSpace(prose[i - 1])
            && (i + 1 == prose.Length || !char.IsLetterOrDigit(prose[i + 1]));
}
