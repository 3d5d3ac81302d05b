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
    /// <summary>Trains on <paramref name="training"/>; calibrates on <paramref name="calibration"/> when given.</summary>
    public static SentenceModel Train(
        IReadOnlyList<LabelledMessage> training,
        IReadOnlyList<LabelledMessage>? calibration,
        TrainingOptions options,
        Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(options);
        if (training.Count == 0)
        {
            throw new ArgumentException("There is nothing to train on.", nameof(training));
        }

        var context = new MLContext(seed: options.Seed);
        var inputs = training.Select(i => new ModelInput { Text = TextPreprocessor.Prepare(i.Text) }).ToArray();
        var inputView = context.Data.LoadFromEnumerable(inputs);
        var featurizer = TextFeaturizer.Create(context, options.Featurizer).Fit(inputView);
        var features = ExtractFeatures(featurizer.Transform(inputView), out var featureCount);
        log?.Invoke($"featurised {training.Count} items into {featureCount} feature slots");

        var schema = SchemaDefinition.Create(typeof(HeadTrainingRow));
        schema[nameof(HeadTrainingRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        var heads = new List<LinearHead>();
        foreach (var label in options.Labels)
        {
            var rows = new HeadTrainingRow[training.Count];
            for (var i = 0; i < rows.Length; i++)
            {
                rows[i] = new HeadTrainingRow { Features = features[i], Label = ModelLabels.Carries(training[i].Labels, label) };
            }

            var positives = rows.Count(r => r.Label);
            var trainer = context.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(HeadTrainingRow.Label),
                FeatureColumnName = nameof(HeadTrainingRow.Features),
                L1Regularization = 0,
                L2Regularization = options.L2Regularization,
                MaximumNumberOfIterations = options.MaximumIterations,
                NumberOfThreads = 1,
            });
            var fitted = trainer.Fit(context.Data.LoadFromEnumerable(rows, schema));
            var linear = fitted.Model.SubModel;
            heads.Add(new LinearHead(label, [.. linear.Weights], linear.Bias));
            log?.Invoke($"trained head {label} ({positives} positives)");
        }

        var manifest = new ModelManifest
        {
            Labels = options.Labels,
            Seed = options.Seed,
            Featurizer = options.Featurizer,
            L2Regularization = options.L2Regularization,
            TrainingItems = training.Count,
            TrainingDataSha256 = HashItems(training),
            FeatureCount = featureCount,
        };
        var model = new SentenceModel(context, featurizer, inputView.Schema, heads, manifest);
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
