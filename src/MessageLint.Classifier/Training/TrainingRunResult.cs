using MessageLint.Classifier.Evaluation;
using MessageLint.Classifier.Model;

namespace MessageLint.Classifier.Training;

/// <summary>What one training run produced: the calibrated model, its thresholds, and its figures on dev and test.</summary>
public sealed record TrainingRunResult(SentenceModel Model, ModelThresholds Thresholds, DatasetEvaluation Dev, DatasetEvaluation Test);
