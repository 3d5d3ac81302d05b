using System.Text;
using MessageLint.Core.Lexicons;
using MessageLint.Core.Text;
using MessageLint.Rules.Infrastructure;
using MessageLint.Testing;

namespace MessageLint.Rules.Tests;

/// <summary>
/// The anchor index only skips work: every built-in lexicon must find exactly what it finds
/// without the index, on the whole corpus, the rule docs and text built to trip the case folding.
/// </summary>
public sealed class LexiconAnchorTests
{
    [Theory]
    [InlineData("клиент~ опять", "клиент")]
    [InlineData("в процессе", "в процессе")]
    [InlineData("As I already said", "as i already said")]
    [InlineData("как и договорились~ раньше", "как и договорились")]
    [InlineData("ё-моё", "е-мое")]
    [InlineData("вы, как всегда, в своем репертуаре", "вы как всегда в своем репертуаре")]
    [InlineData("unrelated, but", "unrelated but")]
    [InlineData("😤", "😤")]
    [InlineData("видимо, у кого~ что болит", "видимо у кого")]
    public void A_phrase_is_anchored_on_its_words_up_to_the_first_stem(string phrase, string anchor)
        => Assert.Equal([anchor], LexiconAnchors.ForPhrase(Lexicon.Fold(phrase)));

    [Theory]
    [InlineData("не в рамках", "не в рамках")]
    [InlineData("что скажете,\\s+то и сделаю", "что скажете то и сделаю")]
    [InlineData("^\\s*later(?=\\s*[,.!])", " later,later")]
    [InlineData("(?:задачу|заказ) принял[аи]?", "задачу приняла,задачу приняли,задачу принял,заказ приняла,заказ приняли,заказ принял")]
    [InlineData("(?:the )?worst clients?", "the worst clients,the worst client,worst clients,worst client")]
    [InlineData("i(?:'m| am) not obliged", "i'm not obliged,i am not obliged")]
    [InlineData("вечер\\w*(?<!добрый вечер\\w*)", "вечер")]
    [InlineData("\\d+ вопрос\\w*", "0,1,2,3,4,5,6,7,8,9")]
    [InlineData("(?:12|[1-7])(?::[0-5]\\d)?\\s?am", "12,1,2,3,4,5,6,7")]
    [InlineData("стоит\\s+(?:добавить|сделать)", "стоит добавить,стоит сделать")]
    [InlineData("как (?<tt2>[\\w ]+?)\\s*[—–-]\\s*так \\k<tt2>", "как ")]
    [InlineData("(?<verb>пришлю|скину) (?'when'завтра)", "пришлю завтра,скину завтра")]
    [InlineData("another\\s+[★☆](?:small|quick)", "another ")]
    [InlineData("(?:ну и|какая)\\s+[★☆]гениальн", "ну и ,какая ")]
    [InlineData("[„“]гениальн", "„гениальн,“гениальн")]
    [InlineData("🙃(?=\\s*$)", "🙃")]
    public void An_expression_is_anchored_on_its_literal_start(string pattern, string anchors)
        => Assert.Equal(anchors.Split(','), LexiconAnchors.ForExpression(pattern));

    [Fact]
    public void Too_many_prefixes_are_cut_to_their_beginnings_not_dropped()
    {
        var pattern = "(?:" + string.Join('|', Enumerable.Range(0, 70).Select(i => $"k{i:00}x")) + ")";

        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"k{i}"), LexiconAnchors.Derive(pattern));
    }

    [Theory]
    [InlineData("[\\w-]*(?:договор|контракт)\\w*")]
    [InlineData("(?i)client")]
    [InlineData("\\p{L}+\\s+можно")]
    [InlineData("[$€£]\\s?\\d")]
    public void An_expression_it_cannot_follow_has_no_anchors(string pattern)
        => Assert.Null(LexiconAnchors.ForExpression(pattern));

    [Fact]
    public void Almost_every_chunk_of_the_built_in_lexicons_is_indexed()
    {
        var (indexed, alwaysRun) = LexiconStore.IndexCoverage();

        Assert.True(indexed >= 25 * alwaysRun, $"{indexed} chunks indexed, {alwaysRun} always run");
    }

    [Fact]
    public void Indexed_lexicons_match_exactly_like_plain_ones()
    {
        var texts = new List<string>();
        foreach (var text in RepositoryFiles.CorpusTexts())
        {
            texts.AddRange(MessageDocument.Parse(text).Sentences.Select(s => s.Prose));
        }

        foreach (var doc in EmbeddedRuleResources.DocNames)
        {
            texts.AddRange(EmbeddedRuleResources.Read(doc)!.Split('\n'));
        }

        texts.AddRange(TrickyTexts());
        texts.AddRange(texts.Where((_, i) => i % 7 == 0).Select(WithCasePartners).ToList());
        texts.AddRange(texts.Where((_, i) => i % 7 == 3).Select(WithOtherSeparators).ToList());
        var pairs = EmbeddedRuleResources.ResourceNames
            .Where(n => n.StartsWith("lexicons/", StringComparison.Ordinal) && n.Count(c => c == '/') == 2)
            .Select(n =>
            {
                var key = n["lexicons/".Length..^".txt".Length];
                var parts = key.Split('/');
                return (Key: key, Indexed: LexiconStore.Get(parts[0], parts[1]), Plain: Lexicon.Parse(key, EmbeddedRuleResources.Read(n)!));
            })
            .ToList();
        Assert.True(pairs.Count > 100);

        // Every distinct text once, on every core: the plain lexicons scan each text with all 3,300 chunks, which made
        // this the longest test of the suite by far.
        var distinct = texts.Distinct(StringComparer.Ordinal).ToList();
        var differences = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, distinct.Count, t =>
        {
            var text = distinct[t];
            foreach (var (key, indexed, plain) in pairs)
            {
                var expected = plain.Matches(text).Select(m => (m.Index, m.Length));
                var actual = indexed.Matches(text).Select(m => (m.Index, m.Length));
                var others = t % 5 == 0 && (plain.IsMatch(text) != indexed.IsMatch(text) || plain.FirstMatch(text)?.Index != indexed.FirstMatch(text)?.Index);
                if (!expected.SequenceEqual(actual) || others)
                {
                    differences.Add($"{key}: {text}");
                }
            }
        });

        Assert.Empty(differences.Order(StringComparer.Ordinal).Take(20));
    }

    [Fact]
    public void Time_expressions_skipped_by_the_index_are_never_there()
    {
        var texts = RepositoryFiles.CorpusTexts().SelectMany(t => MessageDocument.Parse(t).Sentences.Select(s => s.Prose)).ToList();
        texts.AddRange(TrickyTexts());

        var differences = texts
            .Where(t => !TimeExpressions.Matches(t).Select(m => (m.Index, m.Length)).SequenceEqual(TimeExpressions.MatchesWithoutIndex(t).Select(m => (m.Index, m.Length))))
            .ToList();

        Assert.Empty(differences.Take(20));
        Assert.Contains(texts, t => TimeExpressions.ContainsConcrete(t));
    }

    /// <summary>The text with letters and digits swapped for partners a case-insensitive expression still accepts.</summary>
    private static string WithCasePartners(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                'k' => '\u212A',
                's' => '\u017F',
                'в' => '\u1C80',
                'о' => '\u1C82',
                >= '0' and <= '9' => (char)('\u0660' + (c - '0')),
                _ => char.ToUpperInvariant(c),
            });
        }

        return builder.ToString();
    }

    /// <summary>The text with its spaces turned into other runs phrases accept between words (and some they do not).</summary>
    private static string WithOtherSeparators(string text, int seed)
    {
        string[] separators = ["  ", "\t", ", ", ",", "\u00A0", " ,  ", "\n"];
        var builder = new StringBuilder(text.Length * 2);
        var index = seed;
        foreach (var c in text)
        {
            builder.Append(c == ' ' ? separators[index++ % separators.Length] : c.ToString());
        }

        return builder.ToString();
    }

    /// <summary>Case partners outside ASCII (Kelvin sign, long s, dotless i, rounded ve), other digits, ё and ’, at word starts.</summary>
    private static IEnumerable<string> TrickyTexts()
    {
        yield return "\u212Aeep it — ok? \u017Fo \u0131 am \u0130 AM";
        yield return "Ᲊлиент опять \u1C80ечер, ᲂк";
        yield return "в ٣ часа, ۱۲:۳۰, ১০ am, 12:30 pm";
        yield return "КЛИЕНТ ОПЯТЬ ПЕРЕДУМАЛ!!! Ёлки, I’ll send it";
        yield return "Суббота 23:40 🙃 ok😤 😤😤 ну и “гениальная” идея, ещё одна „маленькая“ правка, another ‘quick’ tweak";
        var random = new Random(20261129);
        const string Alphabet = "аБвГдеёЖзийКлмнопрстуфхцчшщъыьэюя abcdeiklmnoprstuwyIKS  .,!?’'-—«»:0123456789\u212A\u017F\u0131\u0130\u1C80٣";
        for (var i = 0; i < 300; i++)
        {
            var builder = new StringBuilder();
            var length = random.Next(1, 80);
            for (var j = 0; j < length; j++)
            {
                builder.Append(Alphabet[random.Next(Alphabet.Length)]);
            }

            yield return builder.ToString();
        }
    }
}
