namespace MessageLint.Classifier.Evaluation;

/// <summary>Threshold metrics, ROC AUC and threshold choice for one label's scores.</summary>
public static class MetricsCalculator
{
    /// <summary>Counts outcomes at a threshold (score ≥ threshold means "yes").</summary>
    public static LabelMetrics Compute(string label, IReadOnlyList<float> scores, IReadOnlyList<bool> outcomes, double threshold)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(outcomes);
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            var yes = scores[i] >= threshold;
            if (yes && outcomes[i])
            {
                tp++;
            }
            else if (yes)
            {
                fp++;
            }
            else if (outcomes[i])
            {
                fn++;
            }
            else
            {
                tn++;
            }
        }

        return new LabelMetrics(label, threshold, tp, fp, fn, tn, Auc(scores, outcomes));
    }

    /// <summary>ROC AUC as the Mann–Whitney statistic with tied scores counted half; null when one class is missing.</summary>
    public static double? Auc(IReadOnlyList<float> scores, IReadOnlyList<bool> outcomes)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(outcomes);
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        double positives = outcomes.Count(o => o);
        var negatives = scores.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return null;
        }

        var rankSum = 0.0;
        var start = 0;
        while (start < order.Length)
        {
            var end = start;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[start]])
            {
                end++;
            }

            var averageRank = (start + end) / 2.0 + 1;
            for (var k = start; k <= end; k++)
            {
                if (outcomes[order[k]])
                {
                    rankSum += averageRank;
                }
            }

            start = end + 1;
        }

        return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
    }

    /// <summary>
    /// The threshold with the best F1 on these (dev) scores, never below <paramref name="floor"/>; among
    /// equal F1 the higher threshold wins, because a false flag costs a user more than a missed one.
    /// </summary>
    public static double ChooseThreshold(IReadOnlyList<float> scores, IReadOnlyList<bool> outcomes, double floor = 0.05)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(outcomes);
        var positives = outcomes.Count(o => o);
        if (positives == 0)
        {
            return 0.5;
        }

        double best = -1;
        var bestThreshold = 0.5;
        foreach (var (threshold, tp, fired) in Sweep(scores, outcomes, floor))
        {
            var f1 = 2.0 * tp / (fired + positives);
            if (f1 > best + 1e-12)
            {
                best = f1;
                bestThreshold = threshold;
            }
        }

        return bestThreshold;
    }

    /// <summary>
    /// The lowest threshold on these (dev) scores whose precision is at least <paramref name="minimumPrecision"/>
    /// with at least <paramref name="minimumHits"/> true positives, so recall is as high as the precision floor
    /// allows; when no threshold reaches the floor, the best-F1 threshold. A precision floor rather than best F1
    /// because a false flag costs a user more than a missed one, and best-F1 thresholds chosen on a few dozen
    /// positives sit where precision is least stable.
    /// </summary>
    public static double ChooseThresholdForPrecision(IReadOnlyList<float> scores, IReadOnlyList<bool> outcomes, double minimumPrecision, int minimumHits = 3, double floor = 0.05)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(outcomes);
        double? chosen = null;
        foreach (var (threshold, tp, fired) in Sweep(scores, outcomes, floor))
        {
            if (tp >= minimumHits && (double)tp / fired >= minimumPrecision)
            {
                chosen = threshold;
            }
        }

        return chosen ?? ChooseThreshold(scores, outcomes, floor);
    }

    /// <summary>
    /// The lowest threshold at or above <paramref name="start"/> at which these scores reach
    /// <paramref name="minimumPrecision"/> with at least <paramref name="minimumHits"/> true positives;
    /// <paramref name="start"/> itself when it already does or when no higher threshold does. Used to
    /// raise a dev-chosen threshold until out-of-fold real messages are flagged precisely enough,
    /// without ever lowering it.
    /// </summary>
    public static double RaiseForPrecision(IReadOnlyList<float> scores, IReadOnlyList<bool> outcomes, double start, double minimumPrecision, int minimumHits = 3)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(outcomes);
        var candidates = scores.Where(s => s > start).Select(s => (double)s).Distinct().Order().Prepend(start);
        foreach (var threshold in candidates)
        {
            int tp = 0, fired = 0;
            for (var i = 0; i < scores.Count; i++)
            {
                if (scores[i] >= threshold)
                {
                    fired++;
                    tp += outcomes[i] ? 1 : 0;
                }
            }

            if (tp < minimumHits)
            {
                break;
            }

            if ((double)tp / fired >= minimumPrecision)
            {
                return threshold;
            }
        }

        return start;
    }

    /// <summary>
    /// Every distinct score from the highest down to <paramref name="floor"/>, as a threshold with the
    /// true positives and firings it would give: the walk both threshold choices make.
    /// </summary>
    private static IEnumerable<(double Threshold, int TruePositives, int Fired)> Sweep(IReadOnlyList<float> scores, IReadOnlyList<bool> outcomes, double floor)
    {
        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToArray();
        var tp = 0;
        for (var k = 0; k < order.Length; k++)
        {
            if (outcomes[order[k]])
            {
                tp++;
            }

            if (k + 1 < order.Length && scores[order[k + 1]] == scores[order[k]])
            {
                continue;
            }

            var threshold = (double)scores[order[k]];
            if (threshold < floor)
            {
                yield break;
            }

            yield return (threshold, tp, k + 1);
        }
    }
}
