namespace MessageLint.Classifier.Evaluation;

/// <summary>How one label did on one dataset at its threshold, plus the threshold-free AUC.</summary>
public sealed record LabelMetrics(
    string Label,
    double Threshold,
    int TruePositives,
    int FalsePositives,
    int FalseNegatives,
    int TrueNegatives,
    double? Auc)
{
    /// <summary>Items carrying the label.</summary>
    public int Support => TruePositives + FalseNegatives;

    /// <summary>TP / (TP + FP); null when the model never said yes.</summary>
    public double? Precision => TruePositives + FalsePositives == 0 ? null : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); null when no item carries the label.</summary>
    public double? Recall => Support == 0 ? null : (double)TruePositives / Support;

    /// <summary>Harmonic mean of precision and recall; 0 when the label has support but no true positive, null without support.</summary>
    public double? F1 => Support == 0 ? null : TruePositives == 0 ? 0 : 2.0 * Precision!.Value * Recall!.Value / (Precision.Value + Recall.Value);
}
