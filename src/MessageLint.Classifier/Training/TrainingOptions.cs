using MessageLint.Classifier.Featurization;

namespace MessageLint.Classifier.Training;

/// <summary>Everything that decides a trained model besides the data: same options and data give the same predictions.</summary>
public sealed record TrainingOptions
{
    /// <summary>The MLContext seed.</summary>
    public int Seed { get; init; } = 20261129;

    /// <summary>The labels to train heads for.</summary>
    public IReadOnlyList<string> Labels { get; init; } = ModelLabels.All;

    /// <summary>The featurizer's n-gram settings.</summary>
    public FeaturizerSettings Featurizer { get; init; } = new();

    /// <summary>L2 regularisation of each logistic head (L1 stays 0: with L2-normalised text features it under-fits).</summary>
    public float L2Regularization { get; init; } = 0.001f;

    /// <summary>Upper bound on L-BFGS iterations per head.</summary>
    public int MaximumIterations { get; init; } = 200;
}
