using MessageLint.Classifier.Evaluation;
using MessageLint.Classifier.Splits;
using MessageLint.Classifier.Training;
using MessageLint.Core.Evaluation;

namespace MessageLint.Classifier.Tests;

/// <summary>The split, the metrics and the calibration do what the evaluation report claims.</summary>
public sealed class MetricsTests
{
    [Fact]
    public void Items_of_one_group_always_land_in_the_same_split_and_fold()
    {
        var items = Enumerable.Range(0, 300).Select(i => new LabelledMessage($"id{i}", "ru", "x", [], Group: $"g{i / 3}")).ToList();

        foreach (var group in items.GroupBy(i => i.Group))
        {
            Assert.Single(group.Select(CorpusSplitter.Assign).Distinct());
            Assert.Single(group.Select(i => CorpusSplitter.Fold(i, 5)).Distinct());
        }
    }

    [Fact]
    public void The_split_is_fixed_by_the_hash_of_the_group()
    {
        Assert.Equal(CorpusSplitter.Bucket("xl-cmp-0025"), CorpusSplitter.Bucket("xl-cmp-0025"));
        var shares = Enumerable.Range(0, 10_000).Select(i => CorpusSplitter.Assign(new LabelledMessage($"i{i}", "en", "x", []))).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count() / 10_000.0);
        Assert.InRange(shares[DataSplit.Train], 0.67, 0.73);
        Assert.InRange(shares[DataSplit.Dev], 0.13, 0.17);
        Assert.InRange(shares[DataSplit.Test], 0.13, 0.17);
    }

    [Fact]
    public void The_precision_floor_picks_the_lowest_threshold_that_reaches_it()
    {
        float[] scores = [0.9f, 0.8f, 0.7f, 0.6f, 0.5f, 0.4f];
        bool[] outcomes = [true, true, true, false, true, false];

        // 0.7: 3/3; 0.5: 4/5 = 0.8; 0.4: 4/6.
        Assert.Equal(0.7, MetricsCalculator.ChooseThresholdForPrecision(scores, outcomes, 0.9), 6);
        Assert.Equal(0.5, MetricsCalculator.ChooseThresholdForPrecision(scores, outcomes, 0.8), 6);
        // Fewer than the minimum hits at every threshold that is precise enough: fall back to best F1.
        Assert.Equal(MetricsCalculator.ChooseThreshold(scores, outcomes), MetricsCalculator.ChooseThresholdForPrecision(scores, outcomes, 0.9, minimumHits: 4), 6);
    }

    [Fact]
    public void Raising_for_precision_never_lowers_a_threshold()
    {
        float[] scores = [0.9f, 0.8f, 0.7f, 0.6f, 0.5f, 0.4f];
        bool[] outcomes = [true, true, false, true, false, true];

        // At 0.4: 4/6; the lowest higher threshold with precision >= 0.75 and 3 hits is 0.6 (3/4).
        Assert.Equal(0.6, MetricsCalculator.RaiseForPrecision(scores, outcomes, 0.4, 0.75), 6);
        // Already precise enough at the start: unchanged.
        Assert.Equal(0.85, MetricsCalculator.RaiseForPrecision(scores, outcomes, 0.85, 0.5, minimumHits: 1), 6);
        // No threshold reaches the floor with enough hits: the start stays.
        Assert.Equal(0.4, MetricsCalculator.RaiseForPrecision(scores, outcomes, 0.4, 0.99), 6);
    }

    [Fact]
    public void Auc_is_one_for_a_perfect_ranking_and_a_half_for_ties()
    {
        Assert.Equal(1.0, MetricsCalculator.Auc([0.1f, 0.2f, 0.8f, 0.9f], [false, false, true, true]));
        Assert.Equal(0.5, MetricsCalculator.Auc([0.5f, 0.5f, 0.5f, 0.5f], [false, true, false, true]));
        Assert.Null(MetricsCalculator.Auc([0.5f], [true]));
    }

    [Fact]
    public void Counts_and_ratios_follow_the_threshold()
    {
        var metrics = MetricsCalculator.Compute("x", [0.9f, 0.6f, 0.4f, 0.1f], [true, false, true, false], 0.5);

        Assert.Equal((1, 1, 1, 1), (metrics.TruePositives, metrics.FalsePositives, metrics.FalseNegatives, metrics.TrueNegatives));
        Assert.Equal(0.5, metrics.Precision);
        Assert.Equal(0.5, metrics.Recall);
        Assert.Equal(0.5, metrics.F1);
    }

    [Fact]
    public void The_chosen_threshold_separates_cleanly_separable_scores()
    {
        var threshold = MetricsCalculator.ChooseThreshold([0.1f, 0.2f, 0.7f, 0.8f], [false, false, true, true]);

        Assert.Equal(0.7, threshold, 5);
    }

    [Fact]
    public void Platt_scaling_turns_overconfident_margins_into_honest_probabilities()
    {
        var margins = new List<double>();
        var outcomes = new List<bool>();
        for (var i = 0; i < 200; i++)
        {
            // Margin +4 is right three times in four, margin −4 wrong one time in four: σ(4) ≈ 0.98 overstates it.
            margins.Add(i % 2 == 0 ? 4 : -4);
            outcomes.Add(i % 2 == 0 ? i % 8 != 0 : i % 8 == 1);
        }

        var (slope, offset) = PlattCalibrator.Fit(margins, outcomes);
        var high = 1 / (1 + Math.Exp(-(slope * 4 + offset)));
        var low = 1 / (1 + Math.Exp(-(slope * -4 + offset)));

        Assert.InRange(high, 0.7, 0.8);
        Assert.InRange(low, 0.2, 0.3);
        Assert.InRange(slope, 0, 1);
    }
}
