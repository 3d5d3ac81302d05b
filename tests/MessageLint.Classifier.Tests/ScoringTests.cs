using MessageLint.Core.Classification;
using MessageLint.Classifier.Featurization;

namespace MessageLint.Classifier.Tests;

/// <summary>The batch path, the pooled single path and the pre-filter all give the model's own answer.</summary>
public sealed class ScoringTests
{
    private static List<string> ManySentences() =>
        [.. Enumerable.Range(0, 2500).Select(i => $"{TinyCorpus.Items[i % TinyCorpus.Items.Count].Text} {i}")];

    [Fact]
    public void A_large_batch_scores_exactly_like_one_sentence_at_a_time()
    {
        var sentences = ManySentences();

        var batch = TinyCorpus.Model.Score(sentences);

        for (var i = 0; i < sentences.Count; i += 97)
        {
            Assert.Equal(TinyCorpus.Model.ScoreOne(sentences[i]), batch[i]);
        }
    }

    [Fact]
    public void Concurrent_callers_get_the_same_scores_as_a_single_caller()
    {
        var sentences = ManySentences().Take(400).ToList();
        var expected = sentences.Select(TinyCorpus.Model.ScoreOne).ToList();
        var classifier = new SentenceClassifier(TinyCorpus.Model);
        var failures = 0;

        Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 8 }, round =>
        {
            var slice = sentences.Skip(round % 40 * 10).Take(10).ToList();
            var scores = round % 2 == 0 ? classifier.Score(slice).Select(s => s.Labels.Select(l => s.Get(l)!.Value).ToArray()).ToList() : [.. slice.Select(TinyCorpus.Model.ScoreOne)];
            for (var i = 0; i < slice.Count; i++)
            {
                if (!scores[i].SequenceEqual(expected[round % 40 * 10 + i]))
                {
                    Interlocked.Increment(ref failures);
                }
            }
        });

        Assert.Equal(0, failures);
    }

    [Theory]
    [InlineData(")))")]
    [InlineData("...")]
    [InlineData(";)")]
    [InlineData("")]
    public void A_featureless_sentence_gets_exactly_what_the_model_would_say(string sentence)
    {
        var classifier = new SentenceClassifier(TinyCorpus.Model);

        var scores = classifier.Score([sentence])[0];

        Assert.True(TextPreprocessor.IsFeatureless(sentence));
        Assert.Equal(TinyCorpus.Model.ScoreOne(sentence), scores.Labels.Select(l => scores.Get(l)!.Value).ToArray());
    }

    [Theory]
    [InlineData("👍")]
    [InlineData("10:30")]
    [InlineData("?")]
    [InlineData("!!")]
    [InlineData(" — ")]
    public void Emoji_digits_and_markers_are_features_so_the_pre_filter_lets_them_through(string sentence)
    {
        // The shipped model, not the tiny one: with TF-IDF weighting only n-grams seen in training carry
        // weight (the text-boundary n-grams occur everywhere and get none), and the tiny corpus has no emoji.
        var model = SentenceClassifier.Embedded.Model;

        Assert.False(TextPreprocessor.IsFeatureless(sentence));
        Assert.NotEqual(model.PriorScores, model.ScoreOne(sentence));
    }

    [Fact]
    public void Repeated_sentences_in_a_batch_are_scored_once_and_get_the_same_answer()
    {
        var classifier = new SentenceClassifier(TinyCorpus.Model);
        string[] batch = ["скоро будет", "ок", "скоро будет", "ок", "clients are the worst"];

        var scores = classifier.Score(batch);

        Assert.Same(scores[0], scores[2]);
        Assert.Same(scores[1], scores[3]);
        Assert.Equal(TinyCorpus.Model.ScoreOne("clients are the worst"), scores[4].Labels.Select(l => scores[4].Get(l)!.Value).ToArray());
    }

    [Fact]
    public void A_batch_is_scored_sentence_by_sentence_as_rules_read_it_and_never_past_what_they_read()
    {
        var classifier = new SentenceClassifier(TinyCorpus.Model);
        string[] batch = ["скоро будет", ")))", "clients are the worst", "скоро будет", "ок"];

        var scores = Assert.IsType<DeferredSentenceScores>(classifier.Score(batch));
        var before = scores.ScoredCount;
        var third = scores[2];
        var afterOneRead = scores.ScoredCount;
        var featureless = scores[1];
        _ = scores[2];
        var afterRereadAndPrior = scores.ScoredCount;

        Assert.Equal(0, before);
        Assert.Equal(1, afterOneRead);
        Assert.Equal(1, afterRereadAndPrior);
        Assert.Equal(TinyCorpus.Model.ScoreOne("clients are the worst"), third.Labels.Select(l => third.Get(l)!.Value).ToArray());
        Assert.Equal(TinyCorpus.Model.PriorScores, featureless.Labels.Select(l => featureless.Get(l)!.Value).ToArray());
    }

    [Fact]
    public void Threads_reading_one_deferred_batch_together_get_one_answer_per_sentence()
    {
        var classifier = new SentenceClassifier(TinyCorpus.Model);
        var sentences = ManySentences().Take(200).ToList();
        var scores = classifier.Score(sentences);

        // Each thread reads every sentence, starting at a different place, so reads of one sentence overlap.
        var seen = new SentenceScores[4][];
        Parallel.For(0, seen.Length, t =>
        {
            var row = new SentenceScores[sentences.Count];
            for (var k = 0; k < sentences.Count; k++)
            {
                var i = (k + (t * 50)) % sentences.Count;
                row[i] = scores[i];
            }

            seen[t] = row;
        });

        for (var i = 0; i < sentences.Count; i++)
        {
            Assert.All(seen, row => Assert.Same(scores[i], row[i]));
            Assert.Equal(TinyCorpus.Model.ScoreOne(sentences[i]), scores[i].Labels.Select(l => scores[i].Get(l)!.Value).ToArray());
        }
    }

    [Fact]
    public void The_model_is_not_loaded_until_a_score_is_read_and_then_only_once()
    {
        var loads = 0;
        var classifier = new SentenceClassifier(() =>
        {
            Interlocked.Increment(ref loads);
            return TinyCorpus.Model;
        });

        var batch = classifier.Score(["скоро", ")))"]);
        var loadedByTheCall = classifier.IsLoaded;
        Parallel.For(0, 16, i => _ = classifier.Score(["скоро", ")))"])[i % 2]);

        Assert.False(loadedByTheCall);
        Assert.Equal(2, batch.Count);
        Assert.Equal(1, loads);
        Assert.True(classifier.IsLoaded);
    }

    [Fact]
    public void Question_marks_exclamations_and_capitals_become_marker_words()
    {
        var prepared = TextPreprocessor.Prepare("ПРИШЛИТЕ ТЕКСТЫ!!! Какой цвет?");

        Assert.Contains(TextPreprocessor.QuestionMarker, prepared, StringComparison.Ordinal);
        Assert.Contains(TextPreprocessor.ExclamationMarker, prepared, StringComparison.Ordinal);
        Assert.Contains(TextPreprocessor.CapitalsMarker, prepared, StringComparison.Ordinal);
        Assert.Equal("все", TextPreprocessor.Prepare("всё"));
    }
}
