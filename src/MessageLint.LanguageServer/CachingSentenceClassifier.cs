using System.Collections.Concurrent;
using MessageLint.Core.Classification;

namespace MessageLint.LanguageServer;

/// <summary>
/// Remembers the model's scores by sentence text. While someone types, one sentence of a draft
/// changes and every other sentence keeps its text, so each keystroke asks the model only about
/// the sentence being edited instead of the whole two-page draft. The scores are immutable, and the
/// cache is emptied when it grows past its capacity, which keeps a long editing session bounded.
/// </summary>
public sealed class CachingSentenceClassifier : ISentenceClassifier
{
    private readonly ISentenceClassifier _inner;
    private readonly int _capacity;

    /// <summary>
    /// Scores by paragraph, then by sentence: a key joining the two would copy the paragraph once per
    /// sentence, which for a long paragraph is quadratic in memory (a 120 KB paragraph of 6,000 sentences
    /// made 1.4 GB of keys). Sentences read alone are under the empty string.
    /// </summary>
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, SentenceScores>> _scores;
    private int _count;

    /// <summary>Counts the times the cache was emptied, so a batch knows its looked-up paragraphs are gone.</summary>
    private int _emptied;

    /// <summary>Wraps a classifier; <paramref name="capacity"/> is the number of sentences kept.</summary>
    public CachingSentenceClassifier(ISentenceClassifier inner, int capacity = 20_000)
        : this(inner, capacity, StringComparer.Ordinal)
    {
    }

    /// <summary>Compares paragraphs with <paramref name="paragraphComparer"/>, which tests count calls of.</summary>
    internal CachingSentenceClassifier(ISentenceClassifier inner, int capacity, IEqualityComparer<string> paragraphComparer)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _inner = inner;
        _capacity = capacity;
        _scores = new(paragraphComparer);
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Labels => _inner.Labels;

    /// <summary>How many sentences are cached now.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <inheritdoc />
    public IReadOnlyList<SentenceScores> Score(IReadOnlyList<string> sentences) => Score(sentences, null);

    /// <inheritdoc />
    /// <remarks>
    /// A sentence read in a paragraph of other sentences is cached with that paragraph's text, since its
    /// scores depend on both: typing in a paragraph re-scores that paragraph's sentences, and no other.
    /// The sentences not cached go to the model in one call, and each is cached when a rule first reads
    /// its scores, so a classifier that scores on read is never made to score what no rule reads.
    /// </remarks>
    public IReadOnlyList<SentenceScores> Score(IReadOnlyList<string> sentences, IReadOnlyList<string>? paragraphs)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var known = new SentenceScores?[sentences.Count];
        var contexts = new string[sentences.Count];
        var missing = new List<int>();
        string? previousContext = null;
        ConcurrentDictionary<string, SentenceScores>? previousGroup = null;
        for (var i = 0; i < sentences.Count; i++)
        {
            var paragraph = paragraphs?[i];
            contexts[i] = paragraph is null || string.Equals(paragraph, sentences[i], StringComparison.Ordinal) ? string.Empty : paragraph;

            // A paragraph's sentences share one string, so it is looked up once, not hashed once per sentence.
            if (!ReferenceEquals(contexts[i], previousContext))
            {
                previousContext = contexts[i];
                previousGroup = _scores.GetValueOrDefault(contexts[i]);
            }

            if (previousGroup is not null && previousGroup.TryGetValue(sentences[i], out var cached))
            {
                known[i] = cached;
            }
            else
            {
                missing.Add(i);
            }
        }

        if (missing.Count == 0)
        {
            return known!;
        }

        IReadOnlyList<string> missingSentences = [.. missing.Select(i => sentences[i])];
        var scored = paragraphs is null ? _inner.Score(missingSentences) : _inner.Score(missingSentences, [.. missing.Select(i => paragraphs[i])]);
        if (scored.Count != missing.Count)
        {
            throw new InvalidOperationException($"The classifier returned {scored.Count} scores for {missing.Count} sentences.");
        }

        var positions = new int[sentences.Count];
        Array.Fill(positions, -1);
        for (var j = 0; j < missing.Count; j++)
        {
            positions[missing[j]] = j;
        }

        var groups = new BatchGroups(Volatile.Read(ref _emptied));
        return new CacheFillingScores(known, positions, scored, (index, scores) => Remember(groups, contexts[index], sentences[index], scores));
    }

    /// <summary>
    /// Caches one sentence's scores, emptying the cache first when it is full. The batch looks each
    /// paragraph up once (by reference: its sentences share the string), since hashing a long paragraph
    /// for every sentence read made a keystroke in it quadratic.
    /// </summary>
    private void Remember(BatchGroups batch, string context, string sentence, SentenceScores scores)
    {
        ConcurrentDictionary<string, SentenceScores>? group;
        lock (batch)
        {
            if (Volatile.Read(ref _count) >= _capacity)
            {
                _scores.Clear();
                Volatile.Write(ref _count, 0);
                Interlocked.Increment(ref _emptied);
            }

            var emptied = Volatile.Read(ref _emptied);
            if (batch.Emptied != emptied)
            {
                batch.Groups.Clear();
                batch.Emptied = emptied;
            }

            if (!batch.Groups.TryGetValue(context, out group))
            {
                group = _scores.GetOrAdd(context, _ => new ConcurrentDictionary<string, SentenceScores>(StringComparer.Ordinal));
                batch.Groups[context] = group;
            }
        }

        if (group.TryAdd(sentence, scores))
        {
            Interlocked.Increment(ref _count);
        }
    }

    /// <summary>The cache's paragraph groups one batch has looked up, keyed by the paragraph string's reference.</summary>
    private sealed class BatchGroups(int emptied)
    {
        public int Emptied { get; set; } = emptied;

        public Dictionary<string, ConcurrentDictionary<string, SentenceScores>> Groups { get; } = new(ReferenceEqualityComparer.Instance);
    }
}
