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

        return guillemets > 0 || curly > 0 || (straight == 1 && prose.IndexOf('"', index) >= 0);
    }
}
