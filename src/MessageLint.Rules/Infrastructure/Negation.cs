using System.Collections.Frozen;
using System.Globalization;

namespace MessageLint.Rules.Infrastructure;

/// <summary>
/// Tells whether a phrase is negated by a word shortly before it ("I never say clients are…",
/// "не ваша вина"), so rules do not read a denial as the thing denied.
/// </summary>
public static class Negation
{
    private static readonly FrozenSet<string> Negators = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "не", "ни", "нет", "никогда", "без", "нельзя", "никто", "ничего", "нисколько",
        "not", "never", "no", "don't", "doesn't", "didn't", "won't", "isn't", "aren't", "wasn't", "weren't", "can't",
        "cannot", "shouldn't", "wouldn't", "nobody", "nothing", "without", "dont", "doesnt", "didnt", "wont", "isnt", "cant");

    /// <summary>
    /// Frames that deny the whole clause after them however long it is: "it's not the case that you're dealing with
    /// a client from hell" (twenty-fifth session, collected clean-read), «неправда, что клиенты…». Hedges that assert
    /// while denying ("I'm not saying…, but", «не то чтобы…») are not among them: they still say the thing.
    /// </summary>
    private static readonly string[] DenialFrames =
    [
        "not the case that", "isn't the case that", "isn\u2019t the case that", "not true that", "isn't true that", "isn\u2019t true that",
        "неправда, что", "не правда, что", "неверно, что", "не верно, что", "дело не в том, что",
    ];

    /// <summary>
    /// True when one of the <paramref name="window"/> words before <paramref name="index"/> is a negator, or when the
    /// sentence so far opens a denial of the clause that follows ("it's not the case that…").
    /// </summary>
    public static bool IsNegated(string prose, int index, int window = 3)
    {
        ArgumentNullException.ThrowIfNull(prose);
        return IsNegatedByNearbyWord(prose, index, window) || IsDeniedByFrame(prose, index);
    }

    private static bool IsNegatedByNearbyWord(string prose, int index, int window)
    {
        var lookup = Negators.GetAlternateLookup<ReadOnlySpan<char>>();
        var end = index;
        for (var seen = 0; seen < window; seen++)
        {
            // A clause break ends the negation's reach: "не знаю, вы сами виноваты".
            if (!ProseWords.TryPrevious(prose, ref end, IsClauseBreak, out var range))
            {
                return false;
            }

            var word = prose.AsSpan(range);
            if (lookup.Contains(word) || IsContractedNegation(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A denial frame earlier in the same sentence, with no sentence end or semicolon after it.</summary>
    private static bool IsDeniedByFrame(string prose, int index)
    {
        var before = prose.AsSpan(0, Math.Min(index, prose.Length));
        var start = before.LastIndexOfAny(".!?;\n") + 1;
        var sentence = before[start..];
        if (sentence.Length < 12)
        {
            return false;
        }

        foreach (var frame in DenialFrames)
        {
            if (sentence.Contains(frame, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "isn't", "won't", and the same with the typographic apostrophe most editors and blogs type ("isn’t", "don’t"): real
    /// posts read "This isn’t about spotting bad clients" (twenty-second session, real snippets).
    /// </summary>
    private static bool IsContractedNegation(ReadOnlySpan<char> word)
        => word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Punctuation that ends a clause, and an emoji, which ends one in a chat as a comma would: "вопросов нет 👍 начну
    /// сейчас" does not negate "начну" (fifteenth session, blind set T).
    /// </summary>
    private static bool IsClauseBreak(char c)
        => c is ',' or ';' or ':' or '.' or '!' or '?' or '—'
            || char.IsSurrogate(c)
            || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherSymbol;
}
