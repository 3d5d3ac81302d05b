using MessageLint.Classifier.Splits;
using MessageLint.Classifier.Training;
using MessageLint.Core.Evaluation;

namespace MessageLint.Classifier.Evaluation;

/// <summary>
/// k-fold cross-validation that repeats the shipped recipe in every fold: whole groups go to a fold;
/// fold f is measured, fold f+1 calibrates and picks thresholds, the rest (plus any extra training
/// items, such as real-train) fits the model. The held-out test split is never among the items.
/// </summary>
public static class CrossValidator
{
    /// <summary>Runs the folds.</summary>
    /// <param name="items">The items split into folds.</param>
    /// <param name="extraTraining">Real text trained on in every fold (real-train).</param>
    /// <param name="options">The recipe's settings.</param>
    /// <param name="folds">How many folds.</param>
    /// <param name="log">Progress lines.</param>
    /// <param name="draftTraining">Hand-written drafts outside the split, trained on in every fold as the shipped recipe does.</param>
    public static CrossValidationResult Run(
        IReadOnlyList<LabelledMessage> items,
        IReadOnlyList<LabelledMessage> extraTraining,
        TrainingOptions options,
        int folds,
        Action<string>? log = null,
        IReadOnlyList<LabelledMessage>? draftTraining = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(extraTraining);
        ArgumentNullException.ThrowIfNull(options);
        var foldOf = items.Select(i => CorpusSplitter.Fold(i, folds)).ToArray();
        var evaluations = new List<DatasetEvaluation>();
        for (var f = 0; f < folds; f++)
        {
            var devFold = (f + 1) % folds;
            var test = items.Where((_, i) => foldOf[i] == f).ToList();
            var dev = items.Where((_, i) => foldOf[i] == devFold).ToList();
            var train = items.Where((_, i) => foldOf[i] != f && foldOf[i] != devFold).Concat(draftTraining ?? []).Concat(extraTraining).ToList();
            log?.Invoke($"fold {f + 1}/{folds}: train {train.Count}, dev {dev.Count}, test {test.Count}");
            var model = ModelTrainer.Train(train, dev, options, extraItems: extraTraining.Count);
            var thresholds = ModelEvaluator.ChooseThresholds(model, dev, options.ThresholdPrecisionFloor);
            evaluations.Add(ModelEvaluator.Evaluate($"fold {f + 1}", model, test, thresholds));
        }

        var labels = evaluations[0].Labels.Select(l => l.Label).ToList();
        var summaries = labels.Select(label =>
        {
            var perFold = evaluations.Select(e => e.Labels.First(l => l.Label == label)).ToList();
            var f1 = perFold.Where(m => m.F1 is not null).Select(m => m.F1!.Value).ToList();
            return new LabelSummary(
                label,
                Mean(perFold.Select(m => m.Precision)),
                Mean(perFold.Select(m => m.Recall)),
                Mean(perFold.Select(m => m.F1)),
                f1.Count > 1 ? StandardDeviation(f1) : null,
                Mean(perFold.Select(m => m.Auc)));
        }).ToList();
        var macro = evaluations.Where(e => e.MacroF1Required is not null).Select(e => e.MacroF1Required!.Value).ToList();
        return new CrossValidationResult(folds, evaluations, summaries, macro.Count == 0 ? null : macro.Average(), macro.Count > 1 ? StandardDeviation(macro) : null);
    }

    private static double? Mean(IEnumerable<double?> values)
    {
        var present = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        return present.Count == 0 ? null : present.Average();
    }

    private static double StandardDeviation(List<double> values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }
}
