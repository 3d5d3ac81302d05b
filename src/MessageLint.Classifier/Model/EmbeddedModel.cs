namespace MessageLint.Classifier.Model;

/// <summary>The model shipped inside this assembly (rules/models/sentence-classifier.zip at build time).</summary>
public static class EmbeddedModel
{
    /// <summary>The logical name of the embedded model.</summary>
    public const string ResourceName = "models/sentence-classifier.zip";

    /// <summary>True when the build embedded a model.</summary>
    public static bool IsAvailable => typeof(EmbeddedModel).Assembly.GetManifestResourceInfo(ResourceName) is not null;

    /// <summary>Loads the embedded model; every call reads it afresh, so callers share one instance through <see cref="SentenceClassifier.Embedded"/>.</summary>
    public static SentenceModel Load()
    {
        using var stream = typeof(EmbeddedModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"This build has no embedded model ({ResourceName}); run 'messagelint train' and rebuild.");
        return SentenceModel.Load(stream);
    }
}
