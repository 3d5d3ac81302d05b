using MessageLint.Classifier.Evaluation;
using MessageLint.Classifier.Model;

namespace MessageLint.Classifier.Training;

/// <summary>
/// What one training run produced: the calibrated model, its thresholds, its figures on dev and
/// test, and (when the extra items were scored out of fold for the thresholds) its figures on them.
/// </summary>
public sealed record TrainingRunResult(SentenceModel Model, ModelThresholds Thresholds, DatasetEvaluation Dev, DatasetEvaluation Test, DatasetEvaluation? ExtraOutOfFold = null);
