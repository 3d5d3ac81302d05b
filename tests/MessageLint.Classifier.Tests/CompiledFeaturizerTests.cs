using System.Text;
using MessageLint.Classifier.Featurization;
using MessageLint.Classifier.Model;
using MessageLint.Core.Text;
using MessageLint.Testing;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace MessageLint.Classifier.Tests;

/// <summary>
/// Prediction runs on <see cref="CompiledFeaturizer"/>; ML.NET's own pipeline is the reference it
/// must agree with, on every corpus text, sentence and on random Unicode of every awkward kind.
/// </summary>
public sealed class CompiledFeaturizerTests
{
    private static SentenceModel Model => SentenceClassifier.Embedded.Model;

    [Fact]
    public void The_embedded_model_predicts_through_the_compiled_featurizer()
        => Assert.True(Model.IsCompiled);

    [Fact]
    public void Compiled_scores_equal_ML_NET_scores_on_the_corpus_and_random_text()
    {
        var texts = new List<string>();
        foreach (var text in RepositoryFiles.CorpusTexts().Where((_, i) => i % 3 == 0))
        {
            texts.Add(text);
            texts.AddRange(MessageDocument.Parse(text).Sentences.Select(s => s.Prose));
        }

        texts.AddRange(RandomTexts(1500));
        texts.AddRange(["", " ", "!!!", "?", "😀", "\u0002\u0003", "a|b||c", "<␠>", "\ud800", "ТЕКСТ ТЕКСТ ТЕКСТ"]);

        var batch = Model.Score(texts);
        var worst = 0f;
        var worstText = string.Empty;
        for (var i = 0; i < texts.Count; i++)
        {
            var reference = Model.ScoreOneWithMlNet(texts[i]);
            for (var label = 0; label < reference.Length; label++)
            {
                var difference = Math.Abs(reference[label] - batch[i][label]);
                if (difference > worst)
                {
                    worst = difference;
                    worstText = texts[i];
                }
            }
        }

        Assert.True(worst < 1e-5f, $"largest difference {worst} on \"{worstText}\"");
    }

    [Fact]
    public void Slot_names_are_read_back_to_the_characters_and_words_they_count()
    {
        var featurizer = CompiledFeaturizer.FromSlotNames(["Char.<␂>|п", "Char.а|<␠>||", "Word.как|дела", "Word.ок", "Char.\\u4X"]);

        Assert.Equal(1, featurizer.UnreadableSlots);
        Assert.Equal(3, featurizer.CharNgramLength);
        Assert.Equal(2, featurizer.WordNgramLength);
        List<int> slots = [];
        List<float> values = [];
        featurizer.Featurize("Пока как дела ок а |x", slots, values);
        Assert.Equal([0, 1, 2, 3], slots.Order());
        slots.Clear();
        featurizer.Featurize("как ок", slots, values);
        Assert.Equal([3], slots);
    }

    [Fact]
    public void Counts_in_place_are_the_features_before_weighting_and_start_afresh_for_every_text()
    {
        var featurizer = CompiledFeaturizer.FromSlotNames(["Char.<␂>|п", "Char.а|<␠>||", "Word.как|дела", "Word.ок", "Word.как"]);

        var first = featurizer.Count("как дела как дела ок");
        Assert.Equal([2, 3, 4], first.WordSlots.ToArray().Order());
        Assert.Equal(2, first.Of(2));
        Assert.Equal(2, first.Of(4));

        var second = featurizer.Count("Пока ок");
        Assert.Equal([0], second.CharSlots.ToArray());
        Assert.Equal([3], second.WordSlots.ToArray());
        Assert.Equal(1, second.Of(3));
        Assert.Equal(0, second.Of(2));
        Assert.Equal(0, second.Of(4));
    }

    [Fact]
    public void A_TF_IDF_featurizer_is_compiled_with_its_inverse_document_frequencies()
    {
        var context = new MLContext(seed: 1);
        var texts = TinyCorpus.Items.Select(i => new ModelInput { Text = TextPreprocessor.Prepare(i.Text) }).ToArray();
        var options = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = true,
            KeepPunctuations = false,
            KeepNumbers = true,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
        };
        var data = context.Data.LoadFromEnumerable(texts);
        var featurizer = context.Transforms.Text.FeaturizeText(TextFeaturizer.FeaturesColumn, options, nameof(ModelInput.Text)).Fit(data);

        Assert.True(NgramWeightReader.TryRead(featurizer, out var weights));
        Assert.True(weights.IsTfIdf);
        var column = featurizer.GetOutputSchema(data.Schema)[TextFeaturizer.FeaturesColumn];
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        column.GetSlotNames(ref names);
        var compiled = CompiledFeaturizer.FromSlotNames([.. names.DenseValues().Select(n => n.ToString())], weights);
        var probes = texts.Select(t => t.Text).Concat(["клиенты скоро всё", "soon the brief", "новое слово"]).ToList();
        var transformed = featurizer.Transform(context.Data.LoadFromEnumerable(probes.Select(t => new ModelInput { Text = t })));
        using var cursor = transformed.GetRowCursor([transformed.Schema[TextFeaturizer.FeaturesColumn]]);
        var getter = cursor.GetGetter<VBuffer<float>>(transformed.Schema[TextFeaturizer.FeaturesColumn]);
        var expected = default(VBuffer<float>);
        List<int> slots = [];
        List<float> values = [];
        foreach (var probe in probes)
        {
            Assert.True(cursor.MoveNext());
            getter(ref expected);
            compiled.Featurize(probe, slots, values);
            var reference = expected.Items().Where(i => i.Value != 0).ToDictionary(i => i.Key, i => i.Value);
            var actual = slots.Zip(values).Where(p => p.Second != 0).ToDictionary(p => p.First, p => p.Second);
            Assert.Equal(reference.Keys.Order(), actual.Keys.Order());
            Assert.All(reference, r => Assert.Equal(r.Value, actual[r.Key], 5));
        }
    }

    [Fact]
    public void Packed_keys_tell_every_n_gram_apart_from_its_prefixes_and_neighbours()
    {
        var table = new PackedNgramTable(new Dictionary<string, int> { ["a"] = 0, ["ab"] = 1, ["abc"] = 2, ["\u0002п"] = 3, ["абвг"] = 4 });

        Assert.Equal([0, 1, 2, 3, 4, -1, -1, -1], new[] { "a", "ab", "abc", "\u0002п", "абвг", "b", "abcd", "ба" }.Select(n => table.Find(Key(n))));
        Assert.False(PackedNgramTable.CanHold(["abcde"]));

        static ulong Key(string ngram)
        {
            var key = 0UL;
            for (var i = 0; i < ngram.Length; i++)
            {
                key = PackedNgramTable.Extend(key, ngram[i], i);
            }

            return key;
        }
    }

    [Fact]
    public void Emoji_stay_distinct_and_separators_become_spaces_before_featurizing()
    {
        var smile = TextPreprocessor.Prepare("ок 🙂");
        var angry = TextPreprocessor.Prepare("ок 😡");

        Assert.NotEqual(smile, angry);
        Assert.Equal(smile.Length, angry.Length);
        Assert.DoesNotContain(smile, char.IsSurrogate);
        Assert.Equal("a b c d", TextPreprocessor.Prepare("a|b\tc\u2028d"));
    }

    private static IEnumerable<string> RandomTexts(int count)
    {
        var random = new Random(20261129);
        const string Alphabet = "аБвГдеёЖзийКлмнопрстуфхцчшщъыьэюя abcXYZ  \t\n\r\u00a0.,!?-—«»\"'|<>()😀😡🙂\u0002\u0003\u2420\ud800\u0301é5٣";
        for (var i = 0; i < count; i++)
        {
            var builder = new StringBuilder();
            var length = random.Next(0, 90);
            for (var j = 0; j < length; j++)
            {
                builder.Append(Alphabet[random.Next(Alphabet.Length)]);
            }

            yield return builder.ToString();
        }
    }
}
