using System.Text.Json.Serialization;
using MessageLint.Classifier.Featurization;
using MessageLint.Classifier.Training;

namespace MessageLint.Classifier.Model;

/// <summary>What a model file says about itself: its labels and the recipe that produced it, so a run can be repeated.</summary>
public sealed record ModelManifest
{
    /// <summary>
    /// The file format version this code writes. 2 adds the lexicon phrases (lexicons.tsv) whose
    /// markers the featurizer sees; 3 lets those lexicons hold <c>re:</c> expressions, which a reader
    /// of format 2 would take for phrases. Format 1 and 2 files still load.
    /// </summary>
    public const int CurrentFormat = 3;

    /// <summary>The file format version.</summary>
    public int Format { get; init; } = CurrentFormat;

    /// <summary>The labels, in head order.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>The MLContext seed used in training.</summary>
    public int Seed { get; init; }

    /// <summary>The featurizer's n-gram settings.</summary>
    public FeaturizerSettings Featurizer { get; init; } = new();

    /// <summary>How many lexicon phrases the featurizer marks (0 for a text-only model).</summary>
    public int LexiconEntries { get; init; }

    /// <summary>How many of <see cref="LexiconEntries"/> are <c>re:</c> expressions (0 when only plain phrases mark).</summary>
    public int LexiconExpressions { get; init; }

    /// <summary>True when the heads also trained on the single sentences of multi-sentence items.</summary>
    public bool SentenceRows { get; init; }

    /// <summary>The L2 regularisation of every head.</summary>
    public float L2Regularization { get; init; }

    /// <summary>The NB-SVM feature scaling the heads trained with (folded into their weights), or null for none; left out of the file then, so models trained without it keep their bytes.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LogCountRatioScaling? LogCountRatio { get; init; }

    /// <summary>
    /// How much a sentence's scores lean on its paragraph's: each label's probability is
    /// (1 − w) × the sentence's + w × the paragraph's, read as one text (<see cref="SentenceModel.Blend"/>).
    /// "Forty rounds in, the client picked the very first draft." reads as a complaint only next to
    /// "I'm not even surprised anymore." 0 reads every sentence alone; left out of the file then, so
    /// models trained without it keep their bytes.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public double ContextWeight { get; init; }

    /// <summary>How many items the model was fitted on.</summary>
    public int TrainingItems { get; init; }

    /// <summary>SHA-256 over the training items' ids, texts and labels, in order: same data, same hash.</summary>
    public string TrainingDataSha256 { get; init; } = string.Empty;

    /// <summary>How many items calibrated the heads (the dev split), or 0 when uncalibrated.</summary>
    public int CalibrationItems { get; init; }

    /// <summary>The number of feature slots.</summary>
    public int FeatureCount { get; init; }
}
