namespace MessageLint.Classifier.Training;

/// <summary>
/// NB-SVM feature scaling (Wang and Manning, "Baselines and Bigrams", 2012): each head trains on its
/// features multiplied by their log-count ratio between its positive and negative rows, so a feature
/// seen about as often on both sides is shrunk towards nothing and the L2 penalty falls mostly on
/// words that tell the label apart. Part of a model's recipe, so recorded in its manifest.
/// </summary>
public sealed record LogCountRatioScaling
{
    /// <summary>Added to each feature's weighted count on either side (α), so a feature seen on one side only gets a finite ratio.</summary>
    public double Smoothing { get; init; } = 1;

    /// <summary>When set, each ratio is clamped to ±this, so a handful of rare one-sided n-grams cannot dwarf the rest.</summary>
    public double? Limit { get; init; }

    /// <summary>
    /// Divide every ratio by one constant per head so that the head's scaled rows keep a mean squared
    /// L2 norm of 1, as the unscaled rows have, and the L2 strength means what it did. A per-row
    /// norm would fit too, but it could not be folded into the weights.
    /// </summary>
    public bool Rescale { get; init; }
}
