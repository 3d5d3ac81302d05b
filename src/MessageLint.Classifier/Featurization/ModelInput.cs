namespace MessageLint.Classifier.Featurization;

/// <summary>The one column the ML.NET featurizer reads: the preprocessed sentence text.</summary>
public sealed class ModelInput
{
    /// <summary>The text, after <see cref="TextPreprocessor.Prepare"/>.</summary>
    public string Text { get; set; } = string.Empty;
}
