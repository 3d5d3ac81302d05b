using System.Collections.Frozen;
using MessageLint.Core.Text;

namespace MessageLint.Rules.Infrastructure;

/// <summary>
/// Words in capitals, as ML6001 and ML7001 read them: an acronym (ASAP, ТЗ) is not shouting, and neither
/// is a heading in capitals that opens a post ("NEW PRICES FROM 1 APRIL:", «ГРАФИК РАБОТЫ В ПРАЗДНИКИ:») —
/// channels write headings that way. A line in capitals that commands or addresses the reader
/// ("STOP CHANGING THE BRIEF:", «ЧИТАЙТЕ ВНИМАТЕЛЬНО:») is still shouting.
/// </summary>
public static class Capitals
{
    private static readonly FrozenSet<string> Acronyms = LoadWords("lexicons/acronyms.txt", StringComparer.Ordinal);
    private static readonly FrozenSet<string> Commands = LoadWords("lexicons/shouted-commands.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>True for a listed acronym (ASAP, HTML, ТЗ), which is written in capitals without shouting.</summary>
    public static bool IsAcronym(ReadOnlySpan<char> word) => Acronyms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>The number of letters of a word whose letters are all capitals, or 0 when one is not.</summary>
    public static int UpperLetters(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return 0;
                }

                letters++;
            }
        }

        return letters;
    }

    /// <summary>
    /// The end, as an index into the sentence's prose, of a heading in capitals that opens the sentence,
    /// or -1 when it does not open with one. A heading is two or more words in capitals from the
    /// sentence's first word, ended by a colon or a line break, whose first word
    /// is not a command («не», "stop", a Russian «-ите» form) and none of whose words names the reader.
    /// </summary>
    public static int HeadingEnd(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var tokens = sentence.Tokens;
        var prose = sentence.Prose;
        var first = -1;
        var last = -1;
        var words = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Word)
            {
                if (UpperLetters(sentence.GetText(token)) == 0)
                {
                    break;
                }

                first = first < 0 ? i : first;
                last = i;
                words++;
            }
            else if (first >= 0 && token.Kind == TokenKind.Punctuation && sentence.GetText(token).ContainsAny(":!?"))
            {
                break;
            }
            else if (first < 0 && token.Kind == TokenKind.Punctuation)
            {
                return -1;
            }
        }

        if (words < 2)
        {
            return -1;
        }

        var end = tokens[last].Span.End - sentence.Span.Start;
        var next = end;
        while (next < prose.Length && (prose[next] is ' ' or '\t' or ')' or '"' or '»' || char.IsDigit(prose[next])))
        {
            next++;
        }

        if (next >= prose.Length || prose[next] is not (':' or '\n' or '\r'))
        {
            return -1;
        }

        var start = tokens[first].Span.Start - sentence.Span.Start;
        return IsCommand(sentence.GetText(tokens[first])) || SelfDirection.NamesTheReader(prose, start, end) ? -1 : end;
    }

    private static bool IsCommand(ReadOnlySpan<char> word)
        => Commands.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
            || (word.Length > 4 && (word.EndsWith("ИТЕ", StringComparison.Ordinal) || word.EndsWith("ЙТЕ", StringComparison.Ordinal) || word.EndsWith("ЬТЕ", StringComparison.Ordinal)));

    private static FrozenSet<string> LoadWords(string resource, StringComparer comparer)
    {
        var content = EmbeddedRuleResources.Read(resource) ?? string.Empty;
        return content.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToFrozenSet(comparer);
    }

    /// <summary>
    /// The capitals are text shown somewhere, introduced as such: a sign ("Your sign will read OPEN LATE EVERY NIGHT", «На
    /// вывеске будет КОФЕ С СОБОЙ КРУГЛОСУТОЧНО») or a program's message ("The bucket returns ACCESS DENIED BY POLICY"),
    /// ML7001.display right before the run (twenty-seventh session, probes p-hA-077, 078, 149); ML7001 and ML6001 both ask.
    /// </summary>
    public static bool IsDisplayedText(Sentence sentence, int runOffset)
    {
        var before = sentence.Prose[..Math.Min(runOffset, sentence.Prose.Length)];
        foreach (var lexicon in RuleLanguage.LexiconsFor(sentence, "ML7001.display"))
        {
            if (lexicon.IsMatch(before))
            {
                return true;
            }
        }

        return false;
    }
}
