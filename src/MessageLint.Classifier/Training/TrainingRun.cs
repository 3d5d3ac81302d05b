using MessageLint.Classifier.Evaluation;
using MessageLint.Classifier.Model;
using MessageLint.Classifier.Splits;
using MessageLint.Core.Evaluation;

namespace MessageLint.Classifier.Training;

/// <summary>
/// The shipped recipe, end to end: split the team corpus by group, fit on train (plus real-train
/// when given), calibrate and choose each label's threshold on dev (best F1), score real-train out
/// of fold and raise the thresholds of the labels with a real-text precision bar until it is met
/// there, then measure on test once to record which labels are precise enough for the model to flag
/// a sentence alone (out-of-fold real-train must agree). The test split decides nothing else;
/// real-val is never read here.
/// </summary>
public static class TrainingRun
{
    /// <summary>Runs the recipe.</summary>
    /// <param name="team">The team corpus, split by group into train, dev and test.</param>
    /// <param name="extraTraining">Real text (real-train): trained on, and scored out of fold for the real-text precision floor.</param>
    /// <param name="options">The recipe's settings.</param>
    /// <param name="log">Progress lines.</param>
    /// <param name="draftTraining">
    /// Hand-written drafts outside the split (the blind sets, once measured): trained on in every fit, the
    /// out-of-fold ones included, but never scored for the floor, which must see real text only.
    /// </param>
    public static TrainingRunResult Run(
        IReadOnlyList<LabelledMessage> team,
        IReadOnlyList<LabelledMessage> extraTraining,
        TrainingOptions options,
        Action<string>? log = null,
        IReadOnlyList<LabelledMessage>? draftTraining = null)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(extraTraining);
        ArgumentNullException.ThrowIfNull(options);
        draftTraining ??= [];
        // Trained on in every fit, the out-of-fold ones included; only the extra (real) items are ever held out.
        var alwaysTrained = CorpusSplitter.Select(team, DataSplit.Train).Concat(draftTraining).ToList();
        var train = alwaysTrained.Concat(extraTraining).ToList();
        var dev = CorpusSplitter.Select(team, DataSplit.Dev);
        var test = CorpusSplitter.Select(team, DataSplit.Test);
        log?.Invoke($"split: train {train.Count} (of which {draftTraining.Count} drafts, {extraTraining.Count} extra), dev {dev.Count}, test {test.Count}");
        var model = ModelTrainer.Train(train, dev, options, log, extraTraining.Count);
        var chosen = ModelEvaluator.ChooseThresholds(model, dev, options.ThresholdPrecisionFloor);
        (List<LabelledMessage> Items, List<float[]> Scores)? outOfFold = null;
        if (options.ExtraFoldsForThresholds >= 2 && extraTraining.Count > 0)
        {
            // Out-of-fold scores of the extra (real) items: each fold is scored by a model trained
            // without it, so they show how the thresholds fare on real text the model has not seen.
            outOfFold = OutOfFold(alwaysTrained, extraTraining, dev, options, log);
            if (options.ExtraPrecisionFloor is { } floor)
            {
                for (var l = 0; l < model.Labels.Count; l++)
                {
                    var label = model.Labels[l];
                    // Clean is never among them: a higher clean threshold calls fewer messages clean, i.e. flags more.
                    if (label == ModelLabels.Clean || !options.ExtraPrecisionLabels.Contains(label, StringComparer.Ordinal))
                    {
                        continue;
                    }

                    var raised = MetricsCalculator.RaiseForPrecision(
                        [.. outOfFold.Value.Scores.Select(s => s[l])],
                        [.. outOfFold.Value.Items.Select(i => ModelLabels.Carries(i.Labels, label))],
                        chosen[label],
                        floor);
                    if (raised != chosen[label])
                    {
                        log?.Invoke($"threshold of {label} raised from {chosen[label]:0.###} to {raised:0.###} for precision on the extra items");
                        chosen[label] = raised;
                    }
                }
            }
        }

        var devEvaluation = ModelEvaluator.Evaluate("team/dev", model, dev, chosen);
        var testEvaluation = ModelEvaluator.Evaluate("team/test", model, test, chosen);
        var extraEvaluation = outOfFold is { } oof ? ModelEvaluator.Evaluate("real-train (out of fold)", model.Labels, oof.Items, [.. oof.Scores], chosen) : null;
        var thresholds = new ModelThresholds
        {
            TrainingDataSha256 = model.Manifest.TrainingDataSha256,
            Labels =
            [
                .. model.Labels.Select(label =>
                {
                    var d = devEvaluation.Labels.First(m => m.Label == label);
                    var t = testEvaluation.Labels.First(m => m.Label == label);
                    var x = extraEvaluation?.Labels.First(m => m.Label == label);
                    return new LabelThreshold(
                        label,
                        RoundDown(chosen[label]),
                        Round(d.Precision),
                        Round(d.Recall),
                        Round(t.Precision),
                        Round(t.Recall),
                        label != ModelLabels.Clean && t.Precision >= ModelThresholds.FlagAlonePrecision && PreciseOnExtra(x),
                        Round(x?.Precision),
                        Round(x?.Recall),
                        x is null ? null : x.TruePositives + x.FalsePositives);
                }),
            ],
        };
        return new TrainingRunResult(model.WithThresholds(thresholds), thresholds, devEvaluation, testEvaluation, extraEvaluation);
    }

    private static (List<LabelledMessage> Items, List<float[]> Scores) OutOfFold(
        IReadOnlyList<LabelledMessage> alwaysTrained,
        IReadOnlyList<LabelledMessage> extraTraining,
        IReadOnlyList<LabelledMessage> dev,
        TrainingOptions options,
        Action<string>? log)
    {
        var folds = options.ExtraFoldsForThresholds;
        var foldOf = extraTraining.Select(i => CorpusSplitter.Fold(i, folds)).ToArray();
        var items = new List<LabelledMessage>();
        var scores = new List<float[]>();
        for (var f = 0; f < folds; f++)
        {
            var held = extraTraining.Where((_, i) => foldOf[i] == f).ToList();
            if (held.Count == 0)
            {
                continue;
            }

            var extra = extraTraining.Where((_, i) => foldOf[i] != f).ToList();
            var foldModel = ModelTrainer.Train([.. alwaysTrained, .. extra], dev, options, extraItems: extra.Count);
            items.AddRange(held);
            scores.AddRange(ItemScorer.Score(foldModel, [.. held.Select(i => i.Text)]));
            log?.Invoke($"threshold fold {f + 1}/{folds}: {held.Count} extra items scored out of fold");
        }

        return (items, scores);
    }

    /// <summary>
    /// True unless real text was scored out of fold and the label fell short there: a label precise on the
    /// team test split may still fire wrongly on real messages (the team corpus is written to a recipe), so it
    /// flags alone only with at least <see cref="ModelThresholds.FlagAloneMinimumRealFlags"/> real firings,
    /// precise enough. A label the model never fires on in real text (middleman: no real-train positives) has
    /// shown nothing about real drafts.
    /// </summary>
    private static bool PreciseOnExtra(LabelMetrics? extra) =>
        extra is null || (extra.TruePositives + extra.FalsePositives >= ModelThresholds.FlagAloneMinimumRealFlags && extra.Precision >= ModelThresholds.FlagAloneRealPrecision);

    /// <summary>
    /// Six decimals, rounded down: a threshold is a score of some dev item, and rounding it up would
    /// drop that item, so the thresholds file would disagree with the figures measured here.
    /// </summary>
    private static double RoundDown(double threshold) => Math.Floor(threshold * 1e6) / 1e6;

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 4) : null;
}
