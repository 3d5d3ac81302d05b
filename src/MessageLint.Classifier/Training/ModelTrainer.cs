using System.Security.Cryptography;
using System.Text;
using MessageLint.Classifier.Featurization;
using MessageLint.Classifier.Model;
using MessageLint.Core.Evaluation;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace MessageLint.Classifier.Training;

/// <summary>
/// Trains the sentence model: fits the featurizer on the training texts, then one L2-regularised
/// logistic regression per label on the shared features (one-vs-rest, so each label gets a real
/// probability and a sentence may carry several), then Platt-calibrates each head on the
/// calibration items. Single-threaded L-BFGS and a fixed MLContext seed make it reproducible.
/// </summary>
public static class ModelTrainer
{
    /// <summary>
    /// Trains on <paramref name="training"/>; calibrates on <paramref name="calibration"/> when given.
    /// The last <paramref name="extraItems"/> training items are the extra (real) ones, weighted by
    /// <see cref="TrainingOptions.ExtraWeight"/>.
    /// </summary>
    public static SentenceModel Train(
        IReadOnlyList<LabelledMessage> training,
        IReadOnlyList<LabelledMessage>? calibration,
        TrainingOptions options,
        Action<string>? log = null,
        int extraItems = 0)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(options);
        if (training.Count == 0)
        {
            throw new ArgumentException("There is nothing to train on.", nameof(training));
        }

        var context = new MLContext(seed: options.Seed);
        var examples = TrainingExamples.Expand(training, options.SentenceRows);
        var inputs = examples.Select(e => new ModelInput { Text = TextPreprocessor.Prepare(e.Text, options.Lexicons) }).ToArray();
        var inputView = context.Data.LoadFromEnumerable(inputs);
        var featurizer = TextFeaturizer.Create(context, options.Featurizer).Fit(inputView);
        var features = ExtractFeatures(featurizer.Transform(inputView), out var featureCount);
        log?.Invoke($"featurised {training.Count} items ({examples.Count} rows) into {featureCount} feature slots");

        var firstExtra = training.Count - Math.Clamp(extraItems, 0, training.Count);
        var rowWeights = examples.Select(e => e.Item >= firstExtra ? options.ExtraWeight : 1f).ToArray();
        var heads = TrainHeads(context, featureCount, features, rowWeights, options, (row, label) => examples[row].LabelFor(training, label), log);
        var manifest = new ModelManifest
        {
            Labels = options.Labels,
            Seed = options.Seed,
            Featurizer = options.Featurizer,
            L2Regularization = options.L2Regularization,
            LogCountRatio = options.LogCountRatio,
            SentenceRows = options.SentenceRows,
            ContextWeight = options.ContextWeight,
            LexiconEntries = options.Lexicons?.Entries.Count ?? 0,
            LexiconExpressions = options.Lexicons?.ExpressionCount ?? 0,
            TrainingItems = training.Count,
            TrainingDataSha256 = HashItems(training),
            FeatureCount = featureCount,
        };
        var model = new SentenceModel(context, featurizer, inputView.Schema, heads, manifest, lexicons: options.Lexicons);
        return calibration is { Count: > 0 } ? Calibrate(model, calibration, log) : model;
    }

    /// <summary>Refits each head's Platt scaling on items the model was not trained on.</summary>
    public static SentenceModel Calibrate(SentenceModel model, IReadOnlyList<LabelledMessage> calibration, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(calibration);
        var margins = model.Margins([.. calibration.Select(i => i.Text)]);
        var heads = new List<LinearHead>();
        for (var h = 0; h < model.Heads.Count; h++)
        {
            var head = model.Heads[h];
            var outcomes = calibration.Select(i => ModelLabels.Carries(i.Labels, head.Label)).ToList();
            var (slope, offset) = PlattCalibrator.Fit([.. margins.Select(m => m[h])], outcomes);
            heads.Add(head.WithCalibration(slope, offset));
            log?.Invoke($"calibrated {head.Label}: slope {slope:0.###}, offset {offset:0.###}");
        }

        return model.WithHeads(heads, calibration.Count);
    }

    /// <summary>SHA-256 over the items' ids, texts and labels, in order.</summary>
    public static string HashItems(IEnumerable<LabelledMessage> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var item in items)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{item.Id}\u001f{item.Text}\u001f{string.Join(',', item.Labels)}\u001e"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// Fits one label's logistic head on its rows; with <see cref="TrainingOptions.LogCountRatio"/>,
    /// on the rows scaled by their log-count ratios, which are then folded into the weights.
    /// </summary>
    internal static LinearHead TrainHead(MLContext context, string label, IReadOnlyList<HeadTrainingRow> rows, int featureCount, bool weighted, TrainingOptions options)
    {
        var schema = SchemaDefinition.Create(typeof(HeadTrainingRow));
        schema[nameof(HeadTrainingRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        var ratios = options.LogCountRatio is { } scaling ? LogCountRatio.Compute(rows, featureCount, scaling) : null;
        var trainingRows = ratios is null
            ? rows
            : [.. rows.Select(r => new HeadTrainingRow { Features = LogCountRatio.Scale(r.Features, ratios), Label = r.Label, Weight = r.Weight })];
        var trainer = context.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(HeadTrainingRow.Label),
            FeatureColumnName = nameof(HeadTrainingRow.Features),
            ExampleWeightColumnName = weighted ? nameof(HeadTrainingRow.Weight) : null,
            L1Regularization = 0,
            L2Regularization = options.L2Regularization,
            MaximumNumberOfIterations = options.MaximumIterations,
            NumberOfThreads = 1,
        });
        var linear = trainer.Fit(context.Data.LoadFromEnumerable(trainingRows, schema)).Model.SubModel;
        return new LinearHead(label, ratios is null ? [.. linear.Weights] : LogCountRatio.Fold(linear.Weights, ratios), linear.Bias);
    }

    private static List<LinearHead> TrainHeads(MLContext context, int featureCount, List<VBuffer<float>> features, float[] rowWeights, TrainingOptions options, Func<int, string, bool?> labelFor, Action<string>? log)
    {
        var weighted = options.PositiveWeight != 1 || rowWeights.Any(w => w != 1);
        var heads = new List<LinearHead>();
        foreach (var label in options.Labels)
        {
            var rows = new List<HeadTrainingRow>(features.Count);
            for (var i = 0; i < features.Count; i++)
            {
                if (labelFor(i, label) is not { } positive)
                {
                    continue;
                }

                rows.Add(new HeadTrainingRow { Features = features[i], Label = positive, Weight = rowWeights[i] * (positive ? options.PositiveWeight : 1) });
            }

            heads.Add(TrainHead(context, label, rows, featureCount, weighted, options));
            log?.Invoke($"trained head {label} ({rows.Count(r => r.Label)} positives of {rows.Count} rows)");
        }

        return heads;
    }

    private static List<VBuffer<float>> ExtractFeatures(IDataView featurized, out int featureCount)
    {
        var column = featurized.Schema[TextFeaturizer.FeaturesColumn];
        featureCount = ((VectorDataViewType)column.Type).Size;
        var result = new List<VBuffer<float>>();
        using var cursor = featurized.GetRowCursor([column]);
        var getter = cursor.GetGetter<VBuffer<float>>(column);
        var buffer = default(VBuffer<float>);
        while (cursor.MoveNext())
        {
            getter(ref buffer);
            var copy = default(VBuffer<float>);
            buffer.CopyTo(ref copy);
            result.Add(copy);
        }

        return result;
    }
}
