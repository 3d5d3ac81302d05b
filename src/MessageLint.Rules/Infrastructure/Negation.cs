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

    /// <summary>Idioms of assent built on a negator: the negator denies the problem, not what follows.</summary>
    private static readonly (string First, string Second)[] AffirmingIdioms =
    [
        ("без", "проблем"), ("без", "вопросов"), ("не", "вопрос"), ("не", "проблема"),
        ("no", "problem"), ("no", "problems"), ("no", "prob"), ("no", "worries"),
    ];

    /// <summary>
    /// Frames that deny the whole clause after them however long it is: "it's not the case that you're dealing with
    /// a client from hell" (twenty-fifth session, collected clean-read), «неправда, что клиенты…». Each is the words
    /// before its "that" / «что», so only a sentence with one of those two words is searched. Hedges that assert while
    /// denying ("I'm not saying…, but", «не то чтобы…») are not among them: they still say the thing.
    /// </summary>
    private static readonly (string Conjunction, string[] Heads)[] DenialFrames =
    [
        ("that", ["not the case", "isn't the case", "isn\u2019t the case", "not true", "isn't true", "isn\u2019t true"]),
        ("что", ["неправда", "не правда", "неверно", "не верно", "дело не в том"]),
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
        Range later = default;
        for (var seen = 0; seen < window; seen++)
        {
            // A clause break ends the negation's reach: "не знаю, вы сами виноваты".
            if (!ProseWords.TryPrevious(prose, ref end, IsClauseBreak, out var range))
            {
                return false;
            }

            var word = prose.AsSpan(range);
            if ((lookup.Contains(word) || IsContractedNegation(word)) && !(seen > 0 && IsAffirmingIdiom(word, prose.AsSpan(later))))
            {
                return true;
            }

            later = range;
        }

        return false;
    }

    /// <summary>
    /// "без проблем", "не вопрос", "no problem": a negator that only makes an idiom of assent, so "да без проблем сделаем
    /// вам вывеску" promises the sign (thirtieth session, blind set AV) rather than denying it.
    /// </summary>
    private static bool IsAffirmingIdiom(ReadOnlySpan<char> negator, ReadOnlySpan<char> next)
    {
        foreach (var (first, second) in AffirmingIdioms)
        {
            if (negator.Equals(first, StringComparison.OrdinalIgnoreCase) && next.Equals(second, StringComparison.OrdinalIgnoreCase))
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
        var sentence = before[(before.LastIndexOfAny(".!?;\n") + 1)..];
        foreach (var (conjunction, heads) in DenialFrames)
        {
            for (var from = 0; from < sentence.Length;)
            {
                var found = sentence[from..].IndexOf(conjunction, StringComparison.OrdinalIgnoreCase);
                if (found < 0)
                {
                    break;
                }

                var head = sentence[..(from + found)].TrimEnd(" ,");
                foreach (var frame in heads)
                {
                    if (head.EndsWith(frame, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }

                from += found + conjunction.Length;
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
