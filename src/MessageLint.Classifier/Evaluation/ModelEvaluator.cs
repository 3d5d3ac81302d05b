using MessageLint.Classifier.Model;
using MessageLint.Core.Evaluation;

namespace MessageLint.Classifier.Evaluation;

/// <summary>Measures a model on labelled items at given thresholds: per-label figures, macro-F1 and the confusion matrix.</summary>
public static class ModelEvaluator
{
    /// <summary>Scores the items with the model and evaluates them.</summary>
    public static DatasetEvaluation Evaluate(string name, SentenceModel model, IReadOnlyList<LabelledMessage> items, IReadOnlyDictionary<string, double> thresholds)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(items);
        var scores = ItemScorer.Score(model, [.. items.Select(i => i.Text)]);
        return Evaluate(name, model.Labels, items, scores, thresholds);
    }

    /// <summary>Evaluates precomputed item scores.</summary>
    public static DatasetEvaluation Evaluate(string name, IReadOnlyList<string> labels, IReadOnlyList<LabelledMessage> items, float[][] scores, IReadOnlyDictionary<string, double> thresholds)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(thresholds);
        var metrics = new List<LabelMetrics>();
        for (var l = 0; l < labels.Count; l++)
        {
            var label = labels[l];
            var column = scores.Select(s => s[l]).ToList();
            var outcomes = items.Select(i => ModelLabels.Carries(i.Labels, label)).ToList();
            metrics.Add(MetricsCalculator.Compute(label, column, outcomes, thresholds.GetValueOrDefault(label, 0.5)));
        }

        return new DatasetEvaluation(
            name,
            items.Count,
            metrics,
            MacroF1(metrics.Where(m => ModelLabels.Required.Contains(m.Label))),
            MacroF1(metrics),
            BuildConfusion(labels, items, scores, thresholds));
    }

    /// <summary>Thresholds chosen on dev items: best F1 per label, or the lowest threshold reaching <paramref name="precisionFloor"/> when given.</summary>
    public static Dictionary<string, double> ChooseThresholds(SentenceModel model, IReadOnlyList<LabelledMessage> dev, double? precisionFloor = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(dev);
        return ChooseThresholds(model.Labels, dev, ItemScorer.Score(model, [.. dev.Select(i => i.Text)]), precisionFloor);
    }

    /// <summary>Thresholds chosen on precomputed scores of labelled items (see the other overload).</summary>
    public static Dictionary<string, double> ChooseThresholds(IReadOnlyList<string> labels, IReadOnlyList<LabelledMessage> dev, float[][] scores, double? precisionFloor = null)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(dev);
        ArgumentNullException.ThrowIfNull(scores);
        var thresholds = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var l = 0; l < labels.Count; l++)
        {
            var label = labels[l];
            var column = scores.Select(s => s[l]).ToList();
            var outcomes = dev.Select(i => ModelLabels.Carries(i.Labels, label)).ToList();
            thresholds[label] = precisionFloor is { } p
                ? MetricsCalculator.ChooseThresholdForPrecision(column, outcomes, p)
                : MetricsCalculator.ChooseThreshold(column, outcomes);
        }

        return thresholds;
    }

    private static double? MacroF1(IEnumerable<LabelMetrics> metrics)
    {
        var f1 = metrics.Where(m => m.F1 is not null).Select(m => m.F1!.Value).ToList();
        return f1.Count == 0 ? null : f1.Average();
    }

    private static ConfusionMatrix BuildConfusion(IReadOnlyList<string> labels, IReadOnlyList<LabelledMessage> items, float[][] scores, IReadOnlyDictionary<string, double> thresholds)
    {
        const string Other = "other";
        var names = labels.Where(l => l != ModelLabels.Clean).Append(ModelLabels.Clean).Append(Other).ToList();
        var index = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
        var counts = names.Select(_ => new int[names.Count]).ToArray();
        for (var i = 0; i < items.Count; i++)
        {
            var truth = items[i].Labels.Count == 0
                ? [ModelLabels.Clean]
                : items[i].Labels.Where(index.ContainsKey).DefaultIfEmpty(Other).ToList();
            var predicted = new List<string>();
            for (var l = 0; l < labels.Count; l++)
            {
                if (labels[l] != ModelLabels.Clean && scores[i][l] >= thresholds.GetValueOrDefault(labels[l], 0.5))
                {
                    predicted.Add(labels[l]);
                }
            }

            if (predicted.Count == 0)
            {
                predicted.Add(ModelLabels.Clean);
            }

            foreach (var t in truth)
            {
                foreach (var p in predicted)
                {
                    counts[index[t]][index[p]]++;
                }
            }
        }

        return new ConfusionMatrix(names, [.. counts.Select(r => (IReadOnlyList<int>)r)]);
    }
}
