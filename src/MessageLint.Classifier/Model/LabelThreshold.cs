namespace MessageLint.Classifier.Model;

/// <summary>
/// A label's decision threshold, chosen on the dev split, with the figures the rules need: whether
/// the model may flag a sentence on its own for this label (its held-out precision at the threshold
/// is at least the bar) or may only raise and lower confidence.
/// </summary>
/// <param name="Label">The corpus label.</param>
/// <param name="Threshold">Probability at or above which the model says "yes".</param>
/// <param name="DevPrecision">Precision at the threshold on the dev split.</param>
/// <param name="DevRecall">Recall at the threshold on the dev split.</param>
/// <param name="TestPrecision">Precision at the threshold on the held-out test split, or null when the model never fired there.</param>
/// <param name="TestRecall">Recall at the threshold on the held-out test split.</param>
/// <param name="FlagsAlone">True when <paramref name="TestPrecision"/> meets the bar and, when real text was scored, the model fired there at least <see cref="ModelThresholds.FlagAloneMinimumRealFlags"/> times with <paramref name="RealPrecision"/> meeting the real-text bar, so the model alone may flag a sentence.</param>
/// <param name="RealPrecision">Precision at the threshold on real-train scored out of fold, or null when not measured or the model never fired there.</param>
/// <param name="RealRecall">Recall at the threshold on real-train scored out of fold, or null when not measured or no item carries the label.</param>
/// <param name="RealFlags">How many real-train items the model fired on out of fold, or null when real text was not scored.</param>
public sealed record LabelThreshold(
    string Label,
    double Threshold,
    double? DevPrecision,
    double? DevRecall,
    double? TestPrecision,
    double? TestRecall,
    bool FlagsAlone,
    double? RealPrecision = null,
    double? RealRecall = null,
    int? RealFlags = null);
