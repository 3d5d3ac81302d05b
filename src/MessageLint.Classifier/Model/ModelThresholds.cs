using System.Text.Json;

namespace MessageLint.Classifier.Model;

/// <summary>
/// The per-label thresholds of one model, written by `messagelint train` beside the model
/// (rules/models/sentence-classifier.thresholds.json) and embedded in the rules, which read the
/// same JSON without depending on ML.NET.
/// </summary>
public sealed record ModelThresholds
{
    /// <summary>
    /// The held-out precision a label needs before the model may flag a sentence on its own. The
    /// issue's floor is 0.85; at 0.85–0.95 the rule-doc hard negatives ("Простите, что поздно
    /// отвечаю.", "Sorry for the bad news: …") were flagged, so the bar is 0.95: precision first.
    /// </summary>
    public const double FlagAlonePrecision = 0.95;

    /// <summary>
    /// The precision a label also needs on real-train scored out of fold, when the model fires there
    /// at all, before it may flag alone: the floor for real text. Without it buried-problem
    /// (1.00 on team test, 0 of 7 on real-train) flagged apologies like "Простите, что поздно отвечаю.".
    /// </summary>
    public const double FlagAloneRealPrecision = 0.85;

    /// <summary>
    /// Firings on out-of-fold real text below which a label has shown nothing about real drafts, so
    /// the model may not flag alone for it (when real text was scored at all).
    /// </summary>
    public const int FlagAloneMinimumRealFlags = 5;

    /// <summary>The model file these thresholds belong to.</summary>
    public string Model { get; init; } = "sentence-classifier.zip";

    /// <summary>SHA-256 of the model's training data, tying the thresholds to one trained model.</summary>
    public string TrainingDataSha256 { get; init; } = string.Empty;

    /// <summary>The precision bar for flagging alone.</summary>
    public double MinimumPrecisionToFlagAlone { get; init; } = FlagAlonePrecision;

    /// <summary>One entry per label, in model order.</summary>
    public IReadOnlyList<LabelThreshold> Labels { get; init; } = [];

    /// <summary>The threshold of a label, or null when the model does not score it.</summary>
    public LabelThreshold? Find(string label) => Labels.FirstOrDefault(l => l.Label == label);

    /// <summary>Writes the JSON.</summary>
    public void Write(Stream destination) => JsonSerializer.Serialize(destination, this, ManifestJson.Options);

    /// <summary>Reads the JSON.</summary>
    public static ModelThresholds Read(Stream source) =>
        JsonSerializer.Deserialize<ModelThresholds>(source, ManifestJson.Options) ?? throw new InvalidDataException("The thresholds file is empty.");
}
