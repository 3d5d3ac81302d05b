using MessageLint.Core.Lexicons;
using MessageLint.Core.Text;

namespace MessageLint.Rules.Infrastructure;

/// <summary>
/// The Russian and English lexicons of one name, loaded once when a rule is built, so a sentence is
/// searched without a store lookup. A sentence is searched with its own language's lexicon and, when
/// it mixes scripts ("ок, беру this one"), with the other one too.
/// </summary>
public sealed class LexiconPair
{
    /// <summary>Loads <c>rules/lexicons/ru/&lt;name&gt;.txt</c> and <c>rules/lexicons/en/&lt;name&gt;.txt</c>.</summary>
    public LexiconPair(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Russian = LexiconStore.Get("ru", name);
        English = LexiconStore.Get("en", name);
    }

    /// <summary>The Russian lexicon.</summary>
    public Lexicon Russian { get; }

    /// <summary>The English lexicon.</summary>
    public Lexicon English { get; }

    /// <summary>
    /// The earliest match in the sentence's prose, skipping matches inside quotation marks (unless
    /// <paramref name="skipQuoted"/> is false, for words a writer quotes back with irony) and, when
    /// asked, matches negated by a word shortly before them; null when there is none.
    /// </summary>
    public LexiconMatch? FirstMatch(Sentence sentence, bool skipNegated = false, bool skipQuoted = true)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var prose = sentence.Prose;
        var (primary, secondary) = Lexicons(sentence);
        var best = First(primary, prose, skipNegated, skipQuoted);
        if (secondary is not null)
        {
            var other = First(secondary, prose, skipNegated, skipQuoted);
            if (other is { } o && (best is null || o.Index < best.Value.Index))
            {
                best = other;
            }
        }

        return best;
    }

    /// <summary>True when the sentence holds an unquoted (and, when asked, unnegated) match.</summary>
    public bool IsMatch(Sentence sentence, bool skipNegated = false) => FirstMatch(sentence, skipNegated) is not null;

    /// <summary>True when any Russian or English sentence of the draft holds an unquoted match.</summary>
    public bool IsMatchAnywhere(MessageDocument document, bool skipNegated = false)
        => FirstMatchAnywhere(document, skipNegated) is not null;

    /// <summary>The first unquoted match in the draft's Russian or English sentences, for evidence that names it; null when there is none.</summary>
    public LexiconMatch? FirstMatchAnywhere(MessageDocument document, bool skipNegated = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Language != MessageLanguage.Other && FirstMatch(sentence, skipNegated) is { } match)
            {
                return match;
            }
        }

        return null;
    }

    /// <summary>
    /// True when an unquoted match in the sentence (and unnegated, when asked) overlaps no match of
    /// <paramref name="excluded"/>: a work verb outside every phrase of starting, an offer to ask outside every phrase
    /// that turns the questions down, a calm word outside the promise that puts the rules off.
    /// </summary>
    public bool HasMatchOutside(Sentence sentence, LexiconPair excluded, bool skipNegated = false)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(excluded);
        List<LexiconMatch>? exclusions = null;
        foreach (var match in Matches(sentence))
        {
            if (skipNegated && Negation.IsNegated(sentence.Prose, match.Index))
            {
                continue;
            }

            exclusions ??= excluded.Matches(sentence).ToList();
            if (!exclusions.Exists(other => match.Index < other.Index + other.Length && other.Index < match.Index + match.Length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Every unquoted match in the sentence's prose: its own language's lexicon and, when it mixes scripts, the
    /// other one's too (in that order, not sorted), for rules that weigh where one phrase lies against another.
    /// </summary>
    public IEnumerable<LexiconMatch> Matches(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var prose = sentence.Prose;
        var (primary, secondary) = Lexicons(sentence);
        foreach (var lexicon in secondary is null ? [primary] : new[] { primary, secondary })
        {
            if (!lexicon.IsMatch(prose))
            {
                continue;
            }

            foreach (var match in lexicon.Matches(prose))
            {
                if (!QuotedSpeech.IsInsideQuotes(prose, match.Index))
                {
                    yield return match;
                }
            }
        }
    }

    private (Lexicon Primary, Lexicon? Secondary) Lexicons(Sentence sentence)
    {
        var isRussian = sentence.Language == MessageLanguage.Russian;
        var secondary = ScriptPresence.MixesOtherScript(sentence) ? (isRussian ? English : Russian) : null;
        return (isRussian ? Russian : English, secondary);
    }

    private static LexiconMatch? First(Lexicon lexicon, string prose, bool skipNegated, bool skipQuoted)
    {
        if (!lexicon.IsMatch(prose))
        {
            return null;
        }

        foreach (var match in lexicon.Matches(prose))
        {
            if (skipQuoted && QuotedSpeech.IsInsideQuotes(prose, match.Index))
            {
                continue;
            }

            if (skipNegated && Negation.IsNegated(prose, match.Index))
            {
                continue;
            }

            return match;
        }

        return null;
    }
}
