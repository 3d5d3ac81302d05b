using MessageLint.Classifier.Featurization;
using MessageLint.Classifier.Model;
using MessageLint.Core.Classification;

namespace MessageLint.Classifier;

/// <summary>
/// The engine's view of the sentence model. The model loads on first use, once, whichever thread
/// gets there first, so a run with --no-ml never pays for it. Before the model runs, a pre-filter
/// answers what needs no model: a sentence the featurizer would see nothing in (")))", "…") gets
/// the model's prior, and a sentence repeated in a batch ("ок", "Thanks!") is scored once.
/// </summary>
public sealed class SentenceClassifier : ISentenceClassifier
{
    private static readonly Lazy<SentenceClassifier> EmbeddedInstance = new(() => new SentenceClassifier(EmbeddedModel.Load), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lazy<SentenceModel> _model;

    /// <summary>Creates a classifier over a model produced on first use by <paramref name="load"/>.</summary>
    public SentenceClassifier(Func<SentenceModel> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        _model = new Lazy<SentenceModel>(load, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Creates a classifier over a loaded model.</summary>
    public SentenceClassifier(SentenceModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = new Lazy<SentenceModel>(model);
    }

    /// <summary>The process-wide classifier over the embedded model; the model itself loads on the first <see cref="Score"/>.</summary>
    public static SentenceClassifier Embedded => EmbeddedInstance.Value;

    /// <summary>True once the model has been loaded.</summary>
    public bool IsLoaded => _model.IsValueCreated;

    /// <summary>The model (loading it if needed).</summary>
    public SentenceModel Model => _model.Value;

    /// <inheritdoc />
    public IReadOnlyList<string> Labels => _model.Value.Labels;

    /// <inheritdoc />
    public IReadOnlyList<SentenceScores> Score(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var model = _model.Value;
        var labels = model.Labels;
        var results = new SentenceScores[sentences.Count];
        var prior = new SentenceScores(labels, [.. model.PriorScores]);
        var pending = new List<string>();
        var pendingIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var slots = new int[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            var text = sentences[i];
            if (TextPreprocessor.IsFeatureless(text))
            {
                results[i] = prior;
                slots[i] = -1;
                continue;
            }

            if (!pendingIndex.TryGetValue(text, out var slot))
            {
                slot = pending.Count;
                pendingIndex.Add(text, slot);
                pending.Add(text);
            }

            slots[i] = slot;
        }

        if (pending.Count > 0)
        {
            var scored = model.Score(pending);
            var shared = new SentenceScores[scored.Length];
            for (var i = 0; i < sentences.Count; i++)
            {
                if (slots[i] >= 0)
                {
                    results[i] = shared[slots[i]] ??= new SentenceScores(labels, scored[slots[i]]);
                }
            }
        }

        return results;
    }
}
