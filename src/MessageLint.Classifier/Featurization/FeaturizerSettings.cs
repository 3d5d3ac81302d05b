namespace MessageLint.Classifier.Featurization;

/// <summary>The n-gram settings of the featurizer; part of a model's recipe, so recorded in its manifest.</summary>
public sealed record FeaturizerSettings
{
    /// <summary>Longest word n-gram (all shorter ones are kept too).</summary>
    public int WordNgramLength { get; init; } = 2;

    /// <summary>Longest character n-gram (all shorter ones are kept too).</summary>
    public int CharNgramLength { get; init; } = 4;

    /// <summary>At most this many distinct n-grams of each length enter the vocabulary, most frequent first.</summary>
    public int MaximumNgramsPerLength { get; init; } = 30_000;
}
