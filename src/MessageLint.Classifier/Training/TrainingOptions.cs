using MessageLint.Classifier.Featurization;
using MessageLint.Classifier.Model;

namespace MessageLint.Classifier.Training;

/// <summary>Everything that decides a trained model besides the data: same options and data give the same predictions.</summary>
public sealed record TrainingOptions
{
    /// <summary>The MLContext seed.</summary>
    public int Seed { get; init; } = 20261129;

    /// <summary>The labels to train heads for.</summary>
    public IReadOnlyList<string> Labels { get; init; } = ModelLabels.All;

    /// <summary>The featurizer's n-gram settings.</summary>
    public FeaturizerSettings Featurizer { get; init; } = new();

    /// <summary>
    /// L2 regularisation of each logistic head (L1 stays 0: with L2-normalised text features it under-fits).
    /// In ML.NET's units: ½λ‖w‖² joins the summed log-loss and both are divided by the weight sum, so over a
    /// head's ≈ 10,000 rows 0.001 barely regularises; 0.1 and 1 cost dev F1 (rules/corpus/README.md).
    /// </summary>
    public float L2Regularization { get; init; } = 0.001f;

    /// <summary>When set, each head trains on NB-SVM scaled features (see <see cref="LogCountRatioScaling"/>); null trains on the features as they are.</summary>
    public LogCountRatioScaling? LogCountRatio { get; init; }

    /// <summary>
    /// How much a sentence's scores lean on its paragraph's (<see cref="ModelManifest.ContextWeight"/>). Half:
    /// on dev, best-F1 macro-F1 rose from 0.874 reading sentences alone to 0.899 at 0.4, 0.903 at 0.5, 0.910 at 0.7
    /// and 0.913 reading paragraphs alone; above one half the paragraph would outweigh the sentence, and one
    /// bad sentence in a long, friendly post would go unseen (rules/corpus/README.md).
    /// </summary>
    public double ContextWeight { get; init; } = 0.5;

    /// <summary>Upper bound on L-BFGS iterations per head.</summary>
    public int MaximumIterations { get; init; } = 200;

    /// <summary>
    /// Weight of each positive example relative to a negative one. Most labels have 5–10% positives,
    /// so an unweighted head learns to say "no"; values above 1 move its margins up.
    /// </summary>
    public float PositiveWeight { get; init; } = 1;

    /// <summary>
    /// When set, each label's threshold is the lowest dev threshold whose precision reaches this
    /// floor (best F1 when none does); when null, the threshold with the best dev F1.
    /// </summary>
    public double? ThresholdPrecisionFloor { get; init; }

    /// <summary>
    /// Also train on the single sentences of multi-sentence items where their label is certain (see
    /// <see cref="TrainingExamples"/>), because the engine scores sentences, not whole items.
    /// </summary>
    public bool SentenceRows { get; init; } = true;

    /// <summary>
    /// When 2 or more, the extra training items (real-train) are also scored out of fold, in this many
    /// folds (each costs one more training), to measure and adjust the thresholds on real text.
    /// </summary>
    public int ExtraFoldsForThresholds { get; init; } = 5;

    /// <summary>
    /// Weight of each extra (real) training item relative to a team item. The team corpus is ten times
    /// larger and written to a recipe; real messages are longer and looser, and they are what the tool
    /// meets, so their few examples may count more.
    /// </summary>
    public float ExtraWeight { get; init; } = 1;

    /// <summary>
    /// With <see cref="ExtraFoldsForThresholds"/>, a label's dev threshold is raised (never lowered)
    /// until the out-of-fold extra (real) items reach this precision, when some threshold does.
    /// </summary>
    public double? ExtraPrecisionFloor { get; init; } = ModelThresholds.FlagAloneRealPrecision;

    /// <summary>
    /// The labels whose thresholds <see cref="ExtraPrecisionFloor"/> may raise: the three that issue 4's
    /// real-text bar names (precision ≥ 0.85 on real messages). Raising the others too cost the rules
    /// their weekend-reproach evidence (the ML6001 doc examples) for no bar.
    /// </summary>
    public IReadOnlyList<string> ExtraPrecisionLabels { get; init; } = ["complaint-about-client", "asks-client-to-decide", "vague-status"];

    /// <summary>
    /// The lexicon phrases whose markers join the features (hybrid model), or null for text alone.
    /// The lexicons were written while looking at the whole team corpus, test split included, so a
    /// hybrid model's test figures are optimistic; real-train out of fold is the fairer check.
    /// </summary>
    public LexiconMarkers? Lexicons { get; init; }
}
