namespace MessageLint.Classifier.Evaluation;

/// <summary>k-fold cross-validation by group: every fold's evaluation and the per-label summary.</summary>
public sealed record CrossValidationResult(
    int Folds,
    IReadOnlyList<DatasetEvaluation> PerFold,
    IReadOnlyList<LabelSummary> Labels,
    double? MacroF1RequiredMean,
    double? MacroF1RequiredStandardDeviation);
