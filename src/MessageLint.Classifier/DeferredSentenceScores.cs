using System.Collections;
using MessageLint.Classifier.Featurization;
using MessageLint.Classifier.Model;
using MessageLint.Core.Classification;

namespace MessageLint.Classifier;

/// <summary>
/// A batch's scores that are worked out when first read. The engine asks for a whole batch at once,
/// but rules read a sentence's scores only as evidence for something they found, and most sentences
/// of an archive have nothing to find: on varied text the model was about half of an audit's time
/// while its scores were read for a small share of the sentences. A sentence is scored on first
/// read — once, even when it repeats in the batch or several threads read it together — and a sentence
/// the featurizer would see nothing in gets the model's prior without running it. Even the model is
/// waited for only at the first read, so a check of a draft with nothing to find never waits for it
/// to load. Thread-safe.
/// </summary>
internal sealed class DeferredSentenceScores : IReadOnlyList<SentenceScores>
{
    private readonly Lazy<SentenceModel> _model;
    private readonly Lazy<SentenceScores> _prior;
    private readonly string[] _texts;
    private readonly int[] _slots;
    private readonly SentenceScores?[] _scored;

    public DeferredSentenceScores(Lazy<SentenceModel> model, IReadOnlyList<string> sentences)
    {
        _model = model;
        _prior = new Lazy<SentenceScores>(() => new SentenceScores(model.Value.Labels, [.. model.Value.PriorScores]), LazyThreadSafetyMode.ExecutionAndPublication);
        var unique = new Dictionary<string, int>(StringComparer.Ordinal);
        var texts = new List<string>();
        _slots = new int[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            var text = sentences[i];
            if (TextPreprocessor.IsFeatureless(text))
            {
                _slots[i] = -1;
                continue;
            }

            if (!unique.TryGetValue(text, out var slot))
            {
                slot = texts.Count;
                unique.Add(text, slot);
                texts.Add(text);
            }

            _slots[i] = slot;
        }

        _texts = [.. texts];
        _scored = new SentenceScores?[_texts.Length];
    }

    /// <inheritdoc />
    public int Count => _slots.Length;

    /// <summary>How many distinct sentences have been scored so far (the rest were never read, or are featureless).</summary>
    public int ScoredCount => _scored.Count(s => s is not null);

    /// <inheritdoc />
    public SentenceScores this[int index]
    {
        get
        {
            var slot = _slots[index];
            if (slot < 0)
            {
                return _prior.Value;
            }

            if (Volatile.Read(ref _scored[slot]) is { } known)
            {
                return known;
            }

            // Two threads may both score a sentence read at once; the scores are the same, one is kept.
            var model = _model.Value;
            var scores = new SentenceScores(model.Labels, model.ScoreOne(_texts[slot]));
            return Interlocked.CompareExchange(ref _scored[slot], scores, null) ?? scores;
        }
    }

    /// <inheritdoc />
    public IEnumerator<SentenceScores> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
