using MessageLint.Classifier.Model;
using MessageLint.Core.Classification;

namespace MessageLint.Classifier;

/// <summary>
/// The engine's view of the sentence model. The model loads on first use, once, whichever thread
/// gets there first, so a run with --no-ml — or a check whose rules never read a score — never pays
/// for it. Before the model runs, a pre-filter answers what needs no model: a sentence the featurizer would see nothing in (")))", "…") gets
/// the model's prior, a sentence repeated in a batch ("ок", "Thanks!") is scored once, and a sentence
/// no rule reads the scores of is not scored at all (<see cref="DeferredSentenceScores"/>).
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

    /// <summary>The process-wide classifier over the embedded model; the model itself loads on the first <see cref="Score(IReadOnlyList{string})"/>.</summary>
    public static SentenceClassifier Embedded => EmbeddedInstance.Value;

    /// <summary>True once the model has been loaded.</summary>
    public bool IsLoaded => _model.IsValueCreated;

    /// <summary>The model (loading it if needed).</summary>
    public SentenceModel Model => _model.Value;

    /// <inheritdoc />
    public IReadOnlyList<string> Labels => _model.Value.Labels;

    /// <inheritdoc />
    /// <remarks>
    /// Returns at once: each sentence is scored when first read, and the model loads (or is waited for) at
    /// the first read (<see cref="DeferredSentenceScores"/>).
    /// </remarks>
    public IReadOnlyList<SentenceScores> Score(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return new DeferredSentenceScores(_model, sentences);
    }

    /// <inheritdoc />
    /// <remarks>Like <see cref="Score(IReadOnlyList{string})"/>; each sentence is read in its paragraph as the model's manifest says (<see cref="SentenceModel.Blend"/>).</remarks>
    public IReadOnlyList<SentenceScores> Score(IReadOnlyList<string> sentences, IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(paragraphs);
        return new DeferredSentenceScores(_model, sentences, paragraphs);
    }
}
