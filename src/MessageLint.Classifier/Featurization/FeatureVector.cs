using Microsoft.ML.Data;

namespace MessageLint.Classifier.Featurization;

/// <summary>The featurizer's output for one sentence: a sparse, normalised vector of word and character n-grams.</summary>
public sealed class FeatureVector
{
    /// <summary>The features; sparse, so only the n-grams present cost anything.</summary>
    public VBuffer<float> Features { get; set; }
}
