using MessageLint.Classifier.Model;

namespace MessageLint.Classifier.Evaluation;

/// <summary>Everything `messagelint evaluate --model` reports: the model, its figures per dataset, and cross-validation.</summary>
public sealed record ModelEvaluationReport(
    ModelManifest Manifest,
    long ModelBytes,
    IReadOnlyList<DatasetEvaluation> Datasets,
    CrossValidationResult? CrossValidation);
