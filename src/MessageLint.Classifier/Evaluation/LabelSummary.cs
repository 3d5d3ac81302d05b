namespace MessageLint.Classifier.Evaluation;

/// <summary>One label's figures across cross-validation folds: means, and the spread of F1.</summary>
public sealed record LabelSummary(string Label, double? PrecisionMean, double? RecallMean, double? F1Mean, double? F1StandardDeviation, double? AucMean);
