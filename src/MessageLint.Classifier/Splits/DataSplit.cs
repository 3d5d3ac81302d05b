namespace MessageLint.Classifier.Splits;

/// <summary>Which part of the fixed corpus split an item belongs to.</summary>
public enum DataSplit
{
    /// <summary>Fits the model (70% of groups).</summary>
    Train,

    /// <summary>Calibrates probabilities and chooses thresholds (15% of groups).</summary>
    Dev,

    /// <summary>Held out: only measured (15% of groups).</summary>
    Test,
}
