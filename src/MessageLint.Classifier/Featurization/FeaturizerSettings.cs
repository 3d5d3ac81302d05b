namespace MessageLint.Classifier.Featurization;

/// <summary>The n-gram settings of the featurizer; part of a model's recipe, so recorded in its manifest.</summary>
public sealed record FeaturizerSettings
{
    /// <summary>Longest word n-gram (all shorter ones are kept too).</summary>
    public int WordNgramLength { get; init; } = 2;

    /// <summary>Longest character n-gram (all shorter ones are kept too).</summary>
    public int CharNgramLength { get; init; } = 4;

    /// <summary>At most this many distinct n-grams of each length enter the vocabulary, most frequent first.</summary>
    public int MaximumNgramsPerLength { get; init; } = 60_000;

    /// <summary>
    /// Weight word and character n-grams by TF-IDF rather than raw counts, so that the words every
    /// message shares ("the", "и") stop drowning out the rare ones that carry a label.
    /// </summary>
    public bool TfIdf { get; init; } = true;
}
