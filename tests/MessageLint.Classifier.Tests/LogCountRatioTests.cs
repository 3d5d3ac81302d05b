using MessageLint.Classifier.Model;
using MessageLint.Classifier.Training;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace MessageLint.Classifier.Tests;

/// <summary>NB-SVM scaling is a training-time change only: the folded head scores raw features as the trained head scored scaled ones.</summary>
public sealed class LogCountRatioTests
{
    private const int FeatureCount = 6;

    private static readonly LogCountRatioScaling Scaling = new() { Smoothing = 1 };

    [Fact]
    public void The_ratio_is_the_smoothed_log_ratio_of_positive_to_negative_share()
    {
        HeadTrainingRow[] rows = [Row(true, (0, 0.5f)), Row(false, (1, 0.5f))];

        var ratios = LogCountRatio.Compute(rows, 2, Scaling);

        // p = α + counts = [2, 1], q = [1, 2]; both sum to 3.
        Assert.Equal(Math.Log(2), ratios[0], 1e-6);
        Assert.Equal(-Math.Log(2), ratios[1], 1e-6);
    }

    [Fact]
    public void Rescaled_ratios_keep_the_mean_squared_norm_of_the_scaled_rows_at_one()
    {
        var rows = Rows();

        var ratios = LogCountRatio.Compute(rows, FeatureCount, Scaling with { Rescale = true, Limit = 1.5 });

        var meanSquaredNorm = rows.Average(r => LogCountRatio.Scale(r.Features, ratios).GetValues().ToArray().Sum(v => (double)v * v));
        Assert.Equal(1, meanSquaredNorm, 1e-5);
    }

    [Fact]
    public void A_folded_head_scores_unscaled_features_as_a_head_trained_on_the_scaled_features_scores_them()
    {
        var rows = Rows();
        var options = new TrainingOptions { LogCountRatio = Scaling };
        var ratios = LogCountRatio.Compute(rows, FeatureCount, Scaling);
        List<HeadTrainingRow> scaledRows = [.. rows.Select(r => new HeadTrainingRow { Features = LogCountRatio.Scale(r.Features, ratios), Label = r.Label })];

        var folded = ModelTrainer.TrainHead(new MLContext(options.Seed), "x", rows, FeatureCount, weighted: false, options);
        var onScaled = ModelTrainer.TrainHead(new MLContext(options.Seed), "x", scaledRows, FeatureCount, weighted: false, options with { LogCountRatio = null });

        Assert.Equal(onScaled.Bias, folded.Bias);
        Assert.Contains(ratios, r => Math.Abs(r) > 0.5);
        for (var i = 0; i < rows.Count; i++)
        {
            // Equal to float rounding: w′x sums (w × r) × x where the trained head summed w × (r × x).
            Assert.Equal(onScaled.Margin(scaledRows[i].Features), folded.Margin(rows[i].Features), 1e-6);
        }
    }

    [Fact]
    public void A_model_trained_with_the_scaling_records_it_and_predicts_the_same_through_every_path()
    {
        var model = ModelTrainer.Train(TinyCorpus.Items, TinyCorpus.Items, TinyCorpus.Options with { LogCountRatio = Scaling });
        string[] probes = ["скоро пришлю", "clients are impossible", "в пятницу до 18:00"];

        using var buffer = new MemoryStream();
        model.Save(buffer);
        buffer.Position = 0;
        var loaded = SentenceModel.Load(buffer);

        Assert.Equal(Scaling, loaded.Manifest.LogCountRatio);
        Assert.True(loaded.IsCompiled);
        Assert.Equal(model.Score(probes), loaded.Score(probes));
        for (var i = 0; i < probes.Length; i++)
        {
            Assert.Equal(loaded.ScoreOneWithMlNet(probes[i]), loaded.ScoreOne(probes[i]), (a, b) => Math.Abs(a - b) < 1e-5);
        }
    }

    private static HeadTrainingRow Row(bool label, params (int Index, float Value)[] features) => new()
    {
        Features = new VBuffer<float>(FeatureCount, features.Length, [.. features.Select(f => f.Value)], [.. features.Select(f => f.Index)]),
        Label = label,
    };

    /// <summary>Features 0–1 lean positive, 2–3 negative, 4–5 are shared.</summary>
    private static List<HeadTrainingRow> Rows() =>
    [
        Row(true, (0, 0.8f), (4, 0.6f)),
        Row(true, (0, 0.6f), (1, 0.6f), (5, 0.5f)),
        Row(true, (1, 0.9f), (5, 0.4f)),
        Row(true, (0, 0.7f), (2, 0.3f), (4, 0.6f)),
        Row(false, (2, 0.8f), (4, 0.6f)),
        Row(false, (3, 0.7f), (5, 0.7f)),
        Row(false, (2, 0.6f), (3, 0.6f), (4, 0.5f)),
        Row(false, (3, 0.9f), (1, 0.4f)),
        Row(false, (2, 0.5f), (5, 0.8f)),
        Row(false, (4, 1f)),
    ];
}
