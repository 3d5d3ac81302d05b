using System.Collections.Frozen;

namespace MessageLint.Rules.Infrastructure;

/// <summary>
/// Measures how far apart two places in a sentence's prose are, in words, and whether they share a
/// clause, so a rule can pair a subject ("клиенты") with what is said about it ("вечно") without
/// pairing across "; " or "but", where a new thought starts.
/// </summary>
public static class Clause
{
    private static readonly FrozenSet<string> Contrasts = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "но", "однако", "зато", "but", "however", "although", "though");

    /// <summary>
    /// The number of words between <paramref name="from"/> and <paramref name="to"/> (indexes into
    /// the prose, <paramref name="from"/> ≤ <paramref name="to"/>), a quotation counting as one, or
    /// -1 when a clause break (";", "…", "!", "?", a line break, or a contrast word such as
    /// "но"/"but") lies between them.
    /// </summary>
    public static int WordsBetween(string prose, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(prose);
        var lookup = Contrasts.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = 0;
        var i = Math.Max(0, from);
        var end = Math.Min(to, prose.Length);
        while (i < end)
        {
            var c = prose[i];
            if (c is ';' or '…' or '\n' or '!' or '?')
            {
                return -1;
            }

            // A quotation is one thing said, whatever its length and whatever "but" it holds.
            var close = ClosingQuote(c);
            if (close != '\0')
            {
                var closeAt = prose.IndexOf(close, i + 1);
                if (closeAt > i && closeAt < end)
                {
                    words++;
                    i = closeAt + 1;
                    continue;
                }
            }

            if (!char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < end && (char.IsLetterOrDigit(prose[i]) || prose[i] is '-' or '\'' or '’'))
            {
                i++;
            }

            if (lookup.Contains(prose.AsSpan(start, i - start)))
            {
                return -1;
            }

            words++;
        }

        return words;
    }

    private static char ClosingQuote(char open) => open switch
    {
        '«' => '»',
        '“' => '”',
        '"' => '"',
        _ => '\0',
    };

    /// <summary>The number of words in a stretch of prose.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = char.IsLetterOrDigit(c);
            if (isWordChar && !inWord)
            {
                words++;
            }

            inWord = isWordChar || (inWord && c is '-' or '\'' or '’');
        }

        return words;
    }

    /// <summary>The start of the word that ends just before <paramref name="index"/> (skipping white space), or -1.</summary>
    public static int PreviousWordStart(string prose, int index, out int wordEnd)
    {
        ArgumentNullException.ThrowIfNull(prose);
        var end = Math.Min(index, prose.Length);
        while (end > 0 && char.IsWhiteSpace(prose[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetterOrDigit(prose[start - 1]))
        {
            start--;
        }

        wordEnd = end;
        return start == end ? -1 : start;
    }
}
