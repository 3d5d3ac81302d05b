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
/// the featurizer would see nothing in gets the model's prior without running it. A sentence read in a
/// paragraph of other sentences is blended with the paragraph's scores (<see cref="SentenceModel.Blend"/>),
/// and the paragraph, too, is scored once, when the first of its sentences is read. Even the model is
/// waited for only at the first read, so a check of a draft with nothing to find never waits for it
/// to load. Thread-safe.
/// </summary>
internal sealed class DeferredSentenceScores : IReadOnlyList<SentenceScores>
{
    private readonly Lazy<SentenceModel> _model;
    private readonly Lazy<ScoredText> _prior;
    private readonly string[] _texts;
    private readonly int[] _slots;
    private readonly int[] _paragraphSlots;
    private readonly ScoredText?[] _scored;
    private readonly SentenceScores?[] _blended;

    /// <summary>
    /// Scores <paramref name="sentences"/>, each read in its paragraph when <paramref name="paragraphs"/> is
    /// given (one text per sentence, see <see cref="SentenceModel.Blend"/>); a paragraph shared by several
    /// sentences, like a repeated sentence, is scored once.
    /// </summary>
    public DeferredSentenceScores(Lazy<SentenceModel> model, IReadOnlyList<string> sentences, IReadOnlyList<string>? paragraphs = null)
    {
        if (paragraphs is not null && paragraphs.Count != sentences.Count)
        {
            throw new ArgumentException($"One paragraph per sentence is needed: {paragraphs.Count} for {sentences.Count}.", nameof(paragraphs));
        }

        _model = model;
        _prior = new Lazy<ScoredText>(() => new ScoredText(model.Value.Labels, [.. model.Value.PriorScores]), LazyThreadSafetyMode.ExecutionAndPublication);
        var unique = new Dictionary<string, int>(StringComparer.Ordinal);
        var texts = new List<string>();
        int SlotOf(string text)
        {
            if (TextPreprocessor.IsFeatureless(text))
            {
                return -1;
            }

            if (!unique.TryGetValue(text, out var slot))
            {
                slot = texts.Count;
                unique.Add(text, slot);
                texts.Add(text);
            }

            return slot;
        }

        _slots = new int[sentences.Count];
        _paragraphSlots = new int[sentences.Count];
        string? previousParagraph = null;
        var previousParagraphSlot = -1;
        for (var i = 0; i < sentences.Count; i++)
        {
            _slots[i] = SlotOf(sentences[i]);
            var paragraph = paragraphs?[i];
            if (paragraph is null || ReferenceEquals(paragraph, sentences[i]))
            {
                _paragraphSlots[i] = _slots[i];
                continue;
            }

            // A paragraph's sentences share one string, so it is hashed once, not once per sentence.
            if (!ReferenceEquals(paragraph, previousParagraph))
            {
                previousParagraph = paragraph;
                previousParagraphSlot = SlotOf(paragraph);
            }

            _paragraphSlots[i] = previousParagraphSlot;
        }

        _texts = [.. texts];
        _scored = new ScoredText?[_texts.Length];
        _blended = new SentenceScores?[sentences.Count];
    }

    /// <inheritdoc />
    public int Count => _slots.Length;

    /// <summary>How many distinct texts (sentences and paragraphs) have been scored so far (the rest were never read, or are featureless).</summary>
    public int ScoredCount => _scored.Count(s => s is not null);

    /// <inheritdoc />
    public SentenceScores this[int index]
    {
        get
        {
            var slot = _slots[index];
            var paragraphSlot = _paragraphSlots[index];
            if (paragraphSlot == slot)
            {
                // Read alone: one instance per distinct text, however often it repeats in the batch.
                return Raw(slot).Scores;
            }

            if (Volatile.Read(ref _blended[index]) is { } known)
            {
                return known;
            }

            // Two threads may both work out a sentence read at once; the scores are the same, one is kept.
            var model = _model.Value;
            var scores = new SentenceScores(model.Labels, model.Blend(Raw(slot).Probabilities, Raw(paragraphSlot).Probabilities));
            return Interlocked.CompareExchange(ref _blended[index], scores, null) ?? scores;
        }
    }

    /// <summary>The model's own scores for a slot's text, worked out on first need; the prior for featureless text.</summary>
    private ScoredText Raw(int slot)
    {
        if (slot < 0)
        {
            return _prior.Value;
        }

        if (Volatile.Read(ref _scored[slot]) is { } known)
        {
            return known;
        }

        var model = _model.Value;
        var scores = new ScoredText(model.Labels, model.ScoreOne(_texts[slot]));
        return Interlocked.CompareExchange(ref _scored[slot], scores, null) ?? scores;
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
