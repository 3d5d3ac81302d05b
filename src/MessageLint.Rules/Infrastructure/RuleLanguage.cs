using MessageLint.Core.Engine;
using MessageLint.Core.Lexicons;
using MessageLint.Core.Text;

namespace MessageLint.Rules.Infrastructure;

/// <summary>Helpers for choosing lexicons and wording by a sentence's language.</summary>
public static class RuleLanguage
{
    /// <summary>The lexicon folder of a language: "ru" or "en".</summary>
    public static string Folder(MessageLanguage language) => language == MessageLanguage.Russian ? "ru" : "en";

    /// <summary>The language messages and suggestions should be written in for this sentence.</summary>
    public static MessageLanguage OutputLanguage(SentenceContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Settings.MessageLanguage ?? context.Sentence.Language;
    }

    /// <summary>
    /// The lexicon of the sentence's language, plus the other supported language's when the sentence
    /// mixes scripts ("ок, сделаю this week"), since chat drafts switch languages mid-sentence.
    /// </summary>
    public static SentenceLexicons LexiconsFor(Sentence sentence, string name)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var isRussian = sentence.Language == MessageLanguage.Russian;
        var secondary = ScriptPresence.MixesOtherScript(sentence) ? LexiconStore.Get(isRussian ? "en" : "ru", name) : null;
        return new SentenceLexicons(LexiconStore.Get(isRussian ? "ru" : "en", name), secondary);
    }

    /// <summary>True when any entry of the named lexicon, in the sentence's languages, occurs in it.</summary>
    public static bool AnyMatch(Sentence sentence, string name)
    {
        foreach (var lexicon in LexiconsFor(sentence, name))
        {
            if (lexicon.IsMatch(sentence.Prose))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when an entry of the named lexicon matches all of <paramref name="text"/> (a match found by another lexicon).</summary>
    public static bool MatchesWhole(Sentence sentence, string name, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var lexicon in LexiconsFor(sentence, name))
        {
            if (lexicon.FirstMatch(text) is { } match && match.Length == text.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The earliest match of the named lexicon that is not inside quotation marks and, when asked,
    /// not negated just before it: the writer's own words, not reported or denied ones.
    /// </summary>
    public static LexiconMatch? FirstUnquoted(Sentence sentence, string name, bool checkNegation)
        => FirstUnquoted(sentence, name, checkNegation, accept: null);

    /// <summary>As <see cref="FirstUnquoted(Sentence, string, bool)"/>, skipping matches <paramref name="accept"/> refuses.</summary>
    public static LexiconMatch? FirstUnquoted(Sentence sentence, string name, bool checkNegation, Func<LexiconMatch, bool>? accept)
    {
        LexiconMatch? best = null;
        foreach (var lexicon in LexiconsFor(sentence, name))
        {
            foreach (var match in lexicon.Matches(sentence.Prose))
            {
                if (QuotedSpeech.IsInsideQuotes(sentence.Prose, match.Index)
                    || (checkNegation && Negation.IsNegated(sentence.Prose, match.Index, window: 2))
                    || (accept is not null && !accept(match)))
                {
                    continue;
                }

                if (best is null || match.Index < best.Value.Index)
                {
                    best = match;
                }

                break;
            }
        }

        return best;
    }

    /// <summary>
    /// True when an unquoted entry of the named lexicon opens the sentence, after any white space,
    /// punctuation or list marker: "So I…" answering the sentence before, «Рассказываю…», "Poll:". An entry
    /// written with a leading space (" so i") may match one character before the opening word.
    /// </summary>
    public static bool OpensWith(Sentence sentence, string name) => OpeningMatch(sentence, name) is not null;

    /// <summary>The unquoted entry of the named lexicon that opens the sentence, as <see cref="OpensWith"/> finds it, or null.</summary>
    public static LexiconMatch? OpeningMatch(Sentence sentence, string name)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var prose = sentence.Prose;
        var opening = 0;
        while (opening < prose.Length && (char.IsWhiteSpace(prose[opening]) || char.IsPunctuation(prose[opening])))
        {
            opening++;
        }

        return FirstUnquoted(sentence, name, checkNegation: false, match => match.Index <= opening && opening <= match.Index + 1);
    }
}
