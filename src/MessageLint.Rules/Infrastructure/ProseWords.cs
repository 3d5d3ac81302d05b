namespace MessageLint.Rules.Infrastructure;

/// <summary>
/// Walks prose word by word from a position, as the look-around checks (negation, who a harsh word is
/// aimed at) read the few words around a match; each decides for itself which punctuation ends the clause.
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

    /// <summary>
    /// The word starting at or after <paramref name="start"/>, skipping what is not a word; false at the
    /// end of the prose or when a character <paramref name="isClauseBreak"/> accepts comes first.
    /// </summary>
    public static bool TryNext(string prose, int start, Func<char, bool> isClauseBreak, out Range word)
    {
        word = default;
        start = Math.Max(start, 0);
        while (start < prose.Length && !IsWordChar(prose[start]))
        {
            if (isClauseBreak(prose[start]))
            {
                return false;
            }

            start++;
        }

        var end = start;
        while (end < prose.Length && IsWordChar(prose[end]))
        {
            end++;
        }

        word = start..end;
        return end > start;
    }

    /// <summary>Letters, digits and apostrophes ("don't", "i’m") make a word.</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '\'' or '’';
}
