using System.Globalization;

namespace MessageLint.Core.Text;

/// <summary>Splits prose into words, numbers, punctuation runs, emoji and symbols without allocating strings.</summary>
public static class Tokenizer
{
    /// <summary>Appends the tokens of <paramref name="span"/> of the prose to <paramref name="tokens"/>.</summary>
    public static void Tokenize(ReadOnlySpan<char> prose, TextSpan span, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var i = span.Start;
        var end = Math.Min(span.End, prose.Length);
        while (i < end)
        {
            var c = prose[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            int next;
            TokenKind kind;
            if (char.IsLetter(c) || (char.IsHighSurrogate(c) && i + 1 < end && char.IsLetter(prose.Slice(i, 2).ToString(), 0)))
            {
                next = WordEnd(prose, i, end);
                kind = TokenKind.Word;
            }
            else if (SentenceSegmenter.EmojiLength(prose[i..end]) is var emoji and > 0)
            {
                next = i + emoji;
                kind = TokenKind.Emoji;
            }
            else if (char.IsDigit(c))
            {
                next = NumberEnd(prose, i, end);
                kind = TokenKind.Number;
            }
            else if (char.IsPunctuation(c))
            {
                next = i + 1;
                while (next < end && char.IsPunctuation(prose[next]) && prose[next] == c)
                {
                    next++;
                }

                // "?!" and "!?" runs stay one token.
                while (next < end && prose[next] is '!' or '?' && c is '!' or '?')
                {
                    next++;
                }

                kind = TokenKind.Punctuation;
            }
            else
            {
                next = i + Math.Max(1, StringInfo.GetNextTextElementLength(prose[i..end]));
                kind = TokenKind.Symbol;
            }

            tokens.Add(new Token(TextSpan.FromBounds(i, next), kind));
            i = next;
        }
    }

    private static int WordEnd(ReadOnlySpan<char> prose, int i, int end)
    {
        while (i < end)
        {
            var c = prose[i];
            if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                i++;
            }
            else if (char.IsSurrogate(c) && i + 1 < end && char.IsSurrogatePair(c, prose[i + 1]) && char.IsLetter(prose.Slice(i, 2).ToString(), 0))
            {
                i += 2;
            }
            else if (c is '-' or '\'' or '’' or '\u00AD' && i + 1 < end && char.IsLetter(prose[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static int NumberEnd(ReadOnlySpan<char> prose, int i, int end)
    {
        while (i < end)
        {
            var c = prose[i];
            if (char.IsDigit(c))
            {
                i++;
            }
            else if (c is '.' or ',' or ':' or '/' && i + 1 < end && char.IsDigit(prose[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }
}
