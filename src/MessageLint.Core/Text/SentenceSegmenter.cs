using System.Globalization;
using System.Text;

namespace MessageLint.Core.Text;

/// <summary>
/// Splits prose into sentences the way chat and e-mail are written in Russian and English: terminal
/// punctuation and ellipses, emoji and ")))" before a capital, and line breaks, while keeping
/// abbreviations, initials, decimals, times, versions and hard-wrapped e-mail lines together.
/// </summary>
public static class SentenceSegmenter
{
    /// <summary>Lines at least this long that end mid-phrase are taken as hard-wrapped e-mail text.</summary>
    private const int WrappedLineLength = 60;

    /// <summary>Sentence spans of one paragraph, trimmed of white space; blank ones are dropped.</summary>
    public static List<TextSpan> Split(ReadOnlySpan<char> prose, TextSpan paragraph)
    {
        var result = new List<TextSpan>();
        var start = paragraph.Start;
        var i = paragraph.Start;
        var end = Math.Min(paragraph.End, prose.Length);
        while (i < end)
        {
            var c = prose[i];
            int boundary;
            if (c is '\n' or '\r')
            {
                boundary = IsLineBreakBoundary(prose, start, i, end) ? i : -1;
                i += c == '\r' && i + 1 < end && prose[i + 1] == '\n' ? 2 : 1;
                if (boundary >= 0)
                {
                    Add(result, prose, start, boundary);
                    start = i;
                }

                continue;
            }

            if (c is '.' or '!' or '?' or '…' or '‽' or '。')
            {
                var runEnd = i;
                // The run includes the character that started it, so an ideographic full stop is never an empty run.
                while (runEnd < end && prose[runEnd] is '.' or '!' or '?' or '…' or '‽' or '。')
                {
                    runEnd++;
                }

                var closeEnd = SkipClosers(prose, runEnd, end);
                if (IsPunctuationBoundary(prose, start, i, runEnd, closeEnd, end))
                {
                    Add(result, prose, start, closeEnd);
                    start = closeEnd;
                }

                i = Math.Max(closeEnd, i + 1);
                continue;
            }

            var emojiEnd = EmojiOrSmileyRunEnd(prose, i, end);
            if (emojiEnd > i)
            {
                if (NextVisibleStartsSentence(prose, emojiEnd, end, requireSpace: true))
                {
                    Add(result, prose, start, emojiEnd);
                    start = emojiEnd;
                }

                i = emojiEnd;
                continue;
            }

            i++;
        }

        Add(result, prose, start, end);
        return result;
    }

    private static void Add(List<TextSpan> result, ReadOnlySpan<char> prose, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(prose[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(prose[end - 1]))
        {
            end--;
        }

        if (end > start && HasContent(prose[start..end]))
        {
            result.Add(TextSpan.FromBounds(start, end));
        }
    }

    /// <summary>A sentence needs something besides punctuation, e.g. a lone "—" bullet is no sentence.</summary>
    private static bool HasContent(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsWhiteSpace(c) && !char.IsPunctuation(c))
            {
                return true;
            }
        }

        return false;
    }

    private static int SkipClosers(ReadOnlySpan<char> prose, int i, int end)
    {
        while (i < end && prose[i] is '"' or '\'' or ')' or ']' or '»' or '”' or '’' or '*' or '_')
        {
            i++;
        }

        return i;
    }

    private static bool IsPunctuationBoundary(ReadOnlySpan<char> prose, int sentenceStart, int runStart, int runEnd, int closeEnd, int end)
    {
        var run = prose[runStart..runEnd];
        if (closeEnd >= end)
        {
            return true;
        }

        var next = prose[closeEnd];
        var followedBySpace = char.IsWhiteSpace(next);
        if (closeEnd > runEnd && ClosesQuoteOpenedIn(prose, sentenceStart, runStart, prose[runEnd..closeEnd]) && NextVisibleContinues(prose, closeEnd, end))
        {
            // A question or exclamation quoted inside a sentence («вместо вопроса «какой темп хочешь?» присылайте…»,
            // "instead of asking 'what tempo?', send…"): the sentence goes on after the closing quote.
            return false;
        }

        if (run.ContainsAny('!', '?'))
        {
            // "?!" and "!!!" end a sentence unless glued to a word ("Yahoo!Mail").
            return followedBySpace || !char.IsLetterOrDigit(next);
        }

        var isEllipsis = run.Length >= 2 || run[0] == '…';
        if (isEllipsis)
        {
            return followedBySpace && NextVisibleStartsSentence(prose, closeEnd, end, requireSpace: false);
        }

        if (!followedBySpace)
        {
            // "3.5", "example.com", "т.е" and "v1.2.3" continue.
            return false;
        }

        var word = PrecedingWord(prose, sentenceStart, runStart);
        if (word.Length == 0)
        {
            return true;
        }

        if (IsAbbreviation(word, Abbreviations.Terminal))
        {
            return NextVisibleIsUpper(prose, closeEnd, end);
        }

        if (IsAbbreviation(word, Abbreviations.Inner))
        {
            return false;
        }

        if (IsAbbreviation(word, Abbreviations.BeforeNumber))
        {
            return !NextVisibleIsDigit(prose, closeEnd, end);
        }

        // An initial ("А. С. Пушкин", "J. Smith") is a single capital letter.
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }

        // A list number at a line start ("1. Send the brief") is not a sentence.
        if (IsAllDigits(word) && IsAtLineStart(prose, sentenceStart, runStart - word.Length))
        {
            return false;
        }

        return true;
    }

    /// <summary>
    /// True when <paramref name="closers"/> hold a closing quote whose opening quote stands in the sentence before
    /// <paramref name="runStart"/>: «…», “…”, ‘…’, a straight double quote opened once, or a straight single quote opened
    /// after a space (an apostrophe inside a word, as in "don't", opens nothing).
    /// </summary>
    private static bool ClosesQuoteOpenedIn(ReadOnlySpan<char> prose, int sentenceStart, int runStart, ReadOnlySpan<char> closers)
    {
        var before = prose[sentenceStart..runStart];
        foreach (var closer in closers)
        {
            var opened = closer switch
            {
                '»' => before.LastIndexOf('«') > before.LastIndexOf('»'),
                '”' => before.LastIndexOfAny('“', '„') > before.LastIndexOf('”'),
                '’' => before.LastIndexOf('‘') > before.LastIndexOf('’'),
                '"' => before.Count('"') % 2 == 1,
                '\'' => OpensSingleQuote(before),
                _ => false,
            };
            if (opened)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a straight single quote in <paramref name="before"/> follows a space or the start and is not closed.</summary>
    private static bool OpensSingleQuote(ReadOnlySpan<char> before)
    {
        var open = false;
        for (var i = 0; i < before.Length; i++)
        {
            if (before[i] != '\'')
            {
                continue;
            }

            var afterSpace = i == 0 || char.IsWhiteSpace(before[i - 1]) || before[i - 1] is '(' or '—' or '–' or ':';
            var beforeLetter = i + 1 < before.Length && char.IsLetterOrDigit(before[i + 1]);
            if (!open && afterSpace && beforeLetter)
            {
                open = true;
            }
            else if (open && !beforeLetter)
            {
                open = false;
            }
        }

        return open;
    }

    /// <summary>True when what follows carries the sentence on: a lower-case word or a comma, semicolon, colon or dash.</summary>
    private static bool NextVisibleContinues(ReadOnlySpan<char> prose, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(prose[i]))
        {
            i++;
        }

        return i < end && (char.IsLower(prose[i]) || prose[i] is ',' or ';' or ':' or '—' or '–');
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> word, System.Collections.Frozen.FrozenSet<string> set)
    {
        return set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    /// <summary>The word before a full stop, including inner dots ("т.е", "e.g", "a.m").</summary>
    private static ReadOnlySpan<char> PrecedingWord(ReadOnlySpan<char> prose, int sentenceStart, int dot)
    {
        var start = dot;
        while (start > sentenceStart && (char.IsLetterOrDigit(prose[start - 1]) || (prose[start - 1] == '.' && start - 1 > sentenceStart && char.IsLetter(prose[start - 2]))))
        {
            start--;
        }

        return prose[start..dot];
    }

    private static bool IsAllDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAtLineStart(ReadOnlySpan<char> prose, int sentenceStart, int position)
    {
        for (var i = position - 1; i >= sentenceStart; i--)
        {
            if (prose[i] is '\n' or '\r')
            {
                return true;
            }

            if (!char.IsWhiteSpace(prose[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool NextVisibleIsUpper(ReadOnlySpan<char> prose, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(prose[i]))
        {
            i++;
        }

        return i >= end || char.IsUpper(prose[i]) || char.IsDigit(prose[i]);
    }

    private static bool NextVisibleIsDigit(ReadOnlySpan<char> prose, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(prose[i]))
        {
            i++;
        }

        return i < end && char.IsDigit(prose[i]);
    }

    /// <summary>True when what follows looks like a new sentence: a capital, a digit, a bullet, an emoji, a quote, or the end.</summary>
    private static bool NextVisibleStartsSentence(ReadOnlySpan<char> prose, int i, int end, bool requireSpace)
    {
        if (requireSpace && i < end && !char.IsWhiteSpace(prose[i]))
        {
            return false;
        }

        while (i < end && char.IsWhiteSpace(prose[i]))
        {
            i++;
        }

        if (i >= end)
        {
            return true;
        }

        var c = prose[i];
        return char.IsUpper(c) || char.IsDigit(c) || c is '-' or '•' or '*' or '—' or '«' or '"' or '“' || EmojiOrSmileyRunEnd(prose, i, end) > i;
    }

    private static bool IsLineBreakBoundary(ReadOnlySpan<char> prose, int sentenceStart, int lineBreak, int end)
    {
        // The whole physical line: its length tells a hard-wrapped e-mail line from a short chat
        // line, even when a sentence starts in the middle of it.
        var lineStart = lineBreak;
        while (lineStart > 0 && prose[lineStart - 1] is not ('\n' or '\r'))
        {
            lineStart--;
        }

        var line = prose[lineStart..lineBreak].TrimEnd();
        if (prose[Math.Max(lineStart, sentenceStart)..lineBreak].IsWhiteSpace())
        {
            return true;
        }

        var next = lineBreak + 1;
        if (prose[lineBreak] == '\r' && next < end && prose[next] == '\n')
        {
            next++;
        }

        var nextLineEnd = next;
        while (nextLineEnd < end && prose[nextLineEnd] is not ('\n' or '\r'))
        {
            nextLineEnd++;
        }

        var nextLine = prose[next..nextLineEnd].TrimStart();
        if (nextLine.IsEmpty)
        {
            return true;
        }

        // A hard-wrapped e-mail line: long, ends mid-phrase, and the next line carries on in lower case.
        var last = line[^1];
        var endsMidPhrase = char.IsLetterOrDigit(last) || last is ',' or '-' or '—' or '–' or '(' or ':';
        var continuesLower = char.IsLower(nextLine[0]);
        var isBullet = nextLine[0] is '-' or '•' or '*' or '—' || (nextLine.Length > 1 && char.IsDigit(nextLine[0]) && nextLine[1] is '.' or ')');
        if (isBullet)
        {
            return true;
        }

        return !(endsMidPhrase && continuesLower && line.Length >= WrappedLineLength);
    }

    /// <summary>The end of a run of emoji graphemes or a ")))"/"(((" smiley at <paramref name="i"/>, or <paramref name="i"/> if none.</summary>
    internal static int EmojiOrSmileyRunEnd(ReadOnlySpan<char> prose, int i, int end)
    {
        var j = i;
        while (j < end)
        {
            var length = EmojiLength(prose[j..end]);
            if (length == 0)
            {
                break;
            }

            j += length;
            while (j < end && prose[j] == ' ' && j + 1 < end && EmojiLength(prose[(j + 1)..end]) > 0)
            {
                j++;
            }
        }

        if (j > i)
        {
            return j;
        }

        if (prose[i] is ')' or '(')
        {
            var k = i;
            while (k < end && prose[k] == prose[i])
            {
                k++;
            }

            // "))" after a word is a chat smiley; a single ")" closes a bracket.
            if (k - i >= 2 && i > 0 && !char.IsWhiteSpace(prose[i - 1]))
            {
                return k;
            }
        }

        return i;
    }

    /// <summary>The length of one emoji grapheme cluster at the start of the text, or 0.</summary>
    internal static int EmojiLength(ReadOnlySpan<char> text)
    {
        // A keycap ("1️⃣", "#️⃣") starts with an ASCII character and only the enclosing keycap makes it an emoji.
        if (text.Length >= 2 && text[0] is (>= '0' and <= '9') or '#' or '*')
        {
            var keycap = text[1] == '\uFE0F' ? 2 : 1;
            return keycap < text.Length && text[keycap] == '\u20E3' ? keycap + 1 : 0;
        }

        if (text.IsEmpty || Rune.DecodeFromUtf16(text, out var rune, out _) != System.Buffers.OperationStatus.Done || !IsEmojiBase(rune))
        {
            return 0;
        }

        return StringInfo.GetNextTextElementLength(text);
    }

    internal static bool IsEmojiBase(Rune rune)
    {
        var v = rune.Value;
        return v is (>= 0x1F000 and <= 0x1FAFF) or (>= 0x2600 and <= 0x27BF) or (>= 0x2B00 and <= 0x2BFF)
            or (>= 0x1F1E6 and <= 0x1F1FF) or 0x2764 or 0x2705 or 0x203C or 0x2049 or (>= 0x2190 and <= 0x21FF and not 0x21B5)
            or 0x231A or 0x231B or 0x23F0 or 0x23F3 or 0x2B50 or 0x2B55 or 0x3030 or 0x303D;
    }
}
