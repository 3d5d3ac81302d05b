namespace MessageLint.Rules.Infrastructure;

/// <summary>
/// Walks prose word by word from a position, as the look-back checks (negation, who a harsh word is
/// aimed at) read the few words before a match; each decides for itself which punctuation ends the clause.
/// </summary>
internal static class ProseWords
{
    /// <summary>
    /// The word ending at or before <paramref name="end"/>, skipping what is not a word; false at the
    /// start of the prose or when a character <paramref name="isClauseBreak"/> accepts comes first.
    /// On success <paramref name="end"/> moves to the word's start, ready for the next call.
    /// </summary>
    public static bool TryPrevious(string prose, ref int end, Func<char, bool> isClauseBreak, out Range word)
    {
        word = default;
        end = Math.Min(end, prose.Length);
        while (end > 0 && !IsWordChar(prose[end - 1]))
        {
            if (isClauseBreak(prose[end - 1]))
            {
                return false;
            }

            end--;
        }

        var start = end;
        while (start > 0 && IsWordChar(prose[start - 1]))
        {
            start--;
        }

        if (start == end)
        {
            return false;
        }

        word = start..end;
        end = start;
        return true;
    }

    /// <summary>Letters, digits and apostrophes ("don't", "i’m") make a word.</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '\'' or '’';
}
