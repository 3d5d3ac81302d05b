using MessageLint.Core.Classification;

namespace MessageLint.LanguageServer.Tests;

/// <summary>The score cache that lets a keystroke re-score only the sentence being edited.</summary>
public sealed class CachingSentenceClassifierTests
{
    private sealed class CountingClassifier : ISentenceClassifier
    {
        public List<string> Scored { get; } = [];

        public IReadOnlyList<string> Labels { get; } = ["length"];

        public List<string> Paragraphs { get; } = [];

        public IReadOnlyList<SentenceScores> Score(IReadOnlyList<string> sentences)
        {
            Scored.AddRange(sentences);
            return [.. sentences.Select(s => new SentenceScores(Labels, [s.Length]))];
        }

        public IReadOnlyList<SentenceScores> Score(IReadOnlyList<string> sentences, IReadOnlyList<string> paragraphs)
        {
            Paragraphs.AddRange(paragraphs);
            Scored.AddRange(sentences);
            return [.. sentences.Select((s, i) => new SentenceScores(Labels, [s.Length + (paragraphs[i] == s ? 0 : 100)]))];
        }
    }

    private static List<SentenceScores> ReadAll(IReadOnlyList<SentenceScores> scores) => [.. scores];

    [Fact]
    public void Only_the_scores_rules_read_are_cached_so_a_model_that_scores_on_read_scores_nothing_more()
    {
        var model = new ScoredOnReadClassifier();
        var cache = new CachingSentenceClassifier(model);

        var scores = cache.Score(["read me.", "never read."]);
        var first = scores[0];
        var again = cache.Score(["read me.", "never read."]);

        Assert.Equal(["read me."], model.Read);
        Assert.Equal(1, cache.Count);
        Assert.Same(first, again[0]);
        Assert.Equal(8f, again[1].Get("length"));
        Assert.Equal(["read me.", "never read."], model.Read);
    }

    [Fact]
    public void A_sentence_read_in_its_paragraph_is_scored_again_only_when_the_paragraph_changes()
    {
        var model = new CountingClassifier();
        var cache = new CachingSentenceClassifier(model);

        ReadAll(cache.Score(["a.", "b.", "c."], ["a. b.", "a. b.", "c."]));
        var typed = ReadAll(cache.Score(["a.", "bx.", "c."], ["a. bx.", "a. bx.", "c."]));
        var again = ReadAll(cache.Score(["a.", "bx.", "c."], ["a. bx.", "a. bx.", "c."]));

        Assert.Equal(["a.", "b.", "c.", "a.", "bx."], model.Scored);
        Assert.Equal(["a. b.", "a. b.", "c.", "a. bx.", "a. bx."], model.Paragraphs);
        Assert.Equal([102f, 103f, 2f], typed.Select(s => s.Get("length")!.Value));
        Assert.Equal(typed, again);
    }

    [Fact]
    public void A_long_paragraph_is_not_copied_once_per_sentence()
    {
        var model = new CountingClassifier();
        var cache = new CachingSentenceClassifier(model);
        List<string> sentences = [.. Enumerable.Range(0, 500).Select(i => $"Sentence {i} of one long paragraph that a draft without blank lines makes.")];
        var paragraph = string.Join(' ', sentences);
        List<string> paragraphs = [.. sentences.Select(_ => paragraph)];

        // Allocations of this thread only, so tests running alongside do not count.
        var before = GC.GetAllocatedBytesForCurrentThread();
        ReadAll(cache.Score(sentences, paragraphs));
        var again = cache.Score(sentences, paragraphs);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(500, model.Scored.Count);
        Assert.Equal(500, cache.Count);
        Assert.Equal(sentences[499].Length + 100f, again[499].Get("length"));
        var paragraphBytes = paragraph.Length * sizeof(char);
        Assert.True(allocated < 10L * paragraphBytes, $"Caching 500 sentences of a {paragraphBytes}-byte paragraph allocated {allocated} bytes.");
    }

    [Fact]
    public void A_long_paragraph_is_hashed_once_per_batch_not_once_per_sentence()
    {
        var paragraphs = new CountingComparer();
        var cache = new CachingSentenceClassifier(new CountingClassifier(), 20_000, paragraphs);
        List<string> sentences = [.. Enumerable.Range(0, 500).Select(i => $"Sentence {i} of one long paragraph.")];
        var paragraph = string.Join(' ', sentences);

        ReadAll(cache.Score(sentences, [.. sentences.Select(_ => paragraph)]));
        var again = cache.Score(sentences, [.. sentences.Select(_ => paragraph)]);

        Assert.Equal(500, cache.Count);
        Assert.Equal(sentences[7].Length + 100f, again[7].Get("length"));
        Assert.InRange(paragraphs.Hashes, 1, 4);
    }

    /// <summary>Ordinal comparison that counts how often a text is hashed.</summary>
    private sealed class CountingComparer : IEqualityComparer<string>
    {
        public int Hashes { get; private set; }

        public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

        public int GetHashCode(string obj)
        {
            Hashes++;
            return StringComparer.Ordinal.GetHashCode(obj);
        }
    }

    /// <summary>A model that scores a sentence only when its scores are read, as the shipped one does.</summary>
    private sealed class ScoredOnReadClassifier : ISentenceClassifier
    {
        public List<string> Read { get; } = [];

        public IReadOnlyList<string> Labels { get; } = ["length"];

        public IReadOnlyList<SentenceScores> Score(IReadOnlyList<string> sentences) => new OnRead(this, sentences);

        private sealed class OnRead(ScoredOnReadClassifier owner, IReadOnlyList<string> sentences) : IReadOnlyList<SentenceScores>
        {
            public int Count => sentences.Count;

            public SentenceScores this[int index]
            {
                get
                {
                    owner.Read.Add(sentences[index]);
                    return new SentenceScores(owner.Labels, [sentences[index].Length - 3]);
                }
            }

            public IEnumerator<SentenceScores> GetEnumerator() => Enumerable.Range(0, Count).Select(i => this[i]).GetEnumerator();

            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        }
    }

    [Fact]
    public void Only_sentences_not_seen_before_reach_the_model_and_scores_keep_the_input_order()
    {
        var model = new CountingClassifier();
        var cache = new CachingSentenceClassifier(model);

        ReadAll(cache.Score(["a", "bb"]));
        var scores = cache.Score(["bb", "ccc", "a"]);

        Assert.Equal(["a", "bb", "ccc"], model.Scored);
        Assert.Equal([2f, 3f, 1f], scores.Select(s => s.Get("length")!.Value));
    }

    [Fact]
    public void The_cache_is_emptied_when_it_would_grow_past_its_capacity()
    {
        var model = new CountingClassifier();
        var cache = new CachingSentenceClassifier(model, capacity: 3);

        ReadAll(cache.Score(["a", "b", "c"]));
        ReadAll(cache.Score(["d"]));
        ReadAll(cache.Score(["a"]));

        Assert.Equal(["a", "b", "c", "d", "a"], model.Scored);
        Assert.Equal(2, cache.Count);
    }
}
