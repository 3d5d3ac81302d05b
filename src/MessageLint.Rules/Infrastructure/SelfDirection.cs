using System.Collections.Frozen;

namespace MessageLint.Rules.Infrastructure;

/// <summary>
/// Tells whether a harsh word is aimed at the writer ("Я дебил, забыл файл", "I'm such an idiot",
/// "what an idiot I am"): self-deprecation is not blame, so ML7001 leaves it alone. A second-person
/// word in the same stretch ("Вы меня за идиота держите?") makes it the reader's again.
/// </summary>
public static class SelfDirection
{
    private static readonly FrozenSet<string> FirstPerson = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "i", "i'm", "im", "me", "my", "myself", "i've", "i'd", "we", "we're", "us", "our", "ourselves",
        "я", "меня", "мне", "мной", "себя", "себе", "сам", "сама", "мой", "моя", "мое", "моё", "мои",
        "мы", "нас", "нам", "наш", "наша", "наше", "наши");

    /// <summary>The writer as the subject of a clause: "I'll get to it", «я работаю» (not "me" or "my", which a request to the reader holds too).</summary>
    private static readonly FrozenSet<string> WriterSubjects = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "i", "i'm", "im", "i'll", "i've", "i'd", "we", "we're", "we'll", "we've", "we'd",
        "i’m", "i’ll", "i’ve", "i’d", "we’re", "we’ll", "we’ve", "we’d", "я", "мы");

    private static readonly FrozenSet<string> SecondPerson = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "you", "your", "you're", "youre", "yours", "yourself", "yourselves", "u", "ur",
        "ты", "тебя", "тебе", "тобой", "вы", "вас", "вам", "вами", "ваш", "ваша", "ваше", "ваши", "вашу",
        "твой", "твоя", "твое", "твоё", "твои", "твою");

    /// <summary>
    /// True when one of the <paramref name="window"/> words before the match, within its clause, or the
    /// word right after it, refers to the writer, and none of the words before refers to the reader.
    /// </summary>
    public static bool IsAboutWriter(string prose, int index, int length, int window = 4)
    {
        ArgumentNullException.ThrowIfNull(prose);
        if (NamesTheReader(prose, index, index + length))
        {
            // "…if you'd told me what your stupid brand was": "your" in the match itself aims it, whatever "me" stands before.
            return false;
        }

        var writer = false;
        var end = index;
        for (var seen = 0; seen < window && ProseWords.TryPrevious(prose, ref end, IsClauseBreak, out var range); seen++)
        {
            var word = prose.AsSpan(range);
            if (SecondPerson.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return false;
            }

            writer |= FirstPerson.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
        }

        return writer || NextWordIsWriter(prose, index + length);
    }

    /// <summary>True when a word between <paramref name="start"/> and <paramref name="end"/> is second person ("your stupid…", «ваш дурацкий…»).</summary>
    public static bool NamesTheReader(string prose, int start, int end) => AnyWordBetween(SecondPerson, prose, start, end);

    /// <summary>True when a word between <paramref name="start"/> and <paramref name="end"/> makes the writer a subject ("…and I'll get to it", «…но я работаю»).</summary>
    public static bool HasWriterSubject(string prose, int start, int end) => AnyWordBetween(WriterSubjects, prose, start, end);

    private static bool AnyWordBetween(FrozenSet<string> words, string prose, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(prose);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        while (start < end && ProseWords.TryNext(prose, start, static _ => false, out var range) && range.Start.Value < end)
        {
            if (lookup.Contains(prose.AsSpan(range)))
            {
                return true;
            }

            start = range.End.Value;
        }

        return false;
    }

    /// <summary>"…idiot I am", "…идиот я": the first word after the match, in the same clause, is the writer.</summary>
    private static bool NextWordIsWriter(string prose, int start)
        => ProseWords.TryNext(prose, start, IsClauseBreak, out var range) && FirstPerson.GetAlternateLookup<ReadOnlySpan<char>>().Contains(prose.AsSpan(range));

    /// <summary>A dash is not a break here: in Russian it links subject and predicate («Мой код — отстой»).</summary>
    private static bool IsClauseBreak(char c) => c is ',' or ';' or ':' or '.' or '!' or '?' or '(' or ')';
}
