using MessageLint.Classifier.Evaluation;
using MessageLint.Classifier.Model;
using MessageLint.Classifier.Splits;
using MessageLint.Core.Evaluation;

namespace MessageLint.Classifier.Training;

/// <summary>
/// The shipped recipe, end to end: split the team corpus by group, fit on train (plus real-train
/// when given), calibrate and choose each label's threshold on dev, then measure on test once to
/// record which labels are precise enough for the model to flag a sentence alone. The test split
/// decides nothing else.
/// </summary>
public static class TrainingRun
{
    /// <summary>Runs the recipe.</summary>
    public static TrainingRunResult Run(IReadOnlyList<LabelledMessage> team, IReadOnlyList<LabelledMessage> extraTraining, TrainingOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(extraTraining);
        ArgumentNullException.ThrowIfNull(options);
        var train = CorpusSplitter.Select(team, DataSplit.Train).Concat(extraTraining).ToList();
        var dev = CorpusSplitter.Select(team, DataSplit.Dev);
        var test = CorpusSplitter.Select(team, DataSplit.Test);
        log?.Invoke($"split: train {train.Count} (of which {extraTraining.Count} extra), dev {dev.Count}, test {test.Count}");
        var model = ModelTrainer.Train(train, dev, options, log);
        var chosen = ModelEvaluator.ChooseThresholds(model, dev);
        var devEvaluation = ModelEvaluator.Evaluate("team/dev", model, dev, chosen);
        var testEvaluation = ModelEvaluator.Evaluate("team/test", model, test, chosen);
        var thresholds = new ModelThresholds
        {
            TrainingDataSha256 = model.Manifest.TrainingDataSha256,
            Labels =
            [
                .. model.Labels.Select(label =>
                {
                    var d = devEvaluation.Labels.First(m => m.Label == label);
                    var t = testEvaluation.Labels.First(m => m.Label == label);
                    return new LabelThreshold(
                        label,
                        Math.Round(chosen[label], 6),
                        Round(d.Precision),
                        Round(d.Recall),
                        Round(t.Precision),
                        Round(t.Recall),
                        label != ModelLabels.Clean && t.Precision >= ModelThresholds.FlagAlonePrecision);
                }),
            ],
        };
        return new TrainingRunResult(model.WithThresholds(thresholds), thresholds, devEvaluation, testEvaluation);
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 4) : null;
}
