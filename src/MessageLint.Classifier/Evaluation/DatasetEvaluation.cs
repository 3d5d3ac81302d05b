namespace MessageLint.Classifier.Evaluation;

/// <summary>The model's figures on one dataset.</summary>
/// <param name="Name">The dataset, e.g. "team/test" or "real-val".</param>
/// <param name="Items">How many items were scored.</param>
/// <param name="Labels">Per-label metrics at the model's thresholds.</param>
/// <param name="MacroF1Required">Mean F1 over the required labels (<see cref="ModelLabels.Required"/>) that have support here.</param>
/// <param name="MacroF1All">Mean F1 over every scored label that has support here.</param>
/// <param name="Confusion">The multi-label confusion matrix.</param>
public sealed record DatasetEvaluation(
    string Name,
    int Items,
    IReadOnlyList<LabelMetrics> Labels,
    double? MacroF1Required,
    double? MacroF1All,
    ConfusionMatrix Confusion);
