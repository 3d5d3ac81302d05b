namespace MessageLint.Classifier.Featurization;

/// <summary>
/// How a featurizer weighs n-gram counts before normalising: by term frequency alone (empty
/// arrays), or by TF-IDF with one inverse document frequency per n-gram id of each part.
/// </summary>
public sealed record NgramWeights(double[] WordIdf, double[] CharIdf)
{
    /// <summary>Plain term frequency.</summary>
    public static NgramWeights TermFrequency { get; } = new([], []);

    /// <summary>True when counts are multiplied by an IDF.</summary>
    public bool IsTfIdf => WordIdf.Length > 0 || CharIdf.Length > 0;
}
