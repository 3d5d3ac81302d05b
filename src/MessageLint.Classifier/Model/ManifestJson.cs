using System.Text.Json;

namespace MessageLint.Classifier.Model;

/// <summary>The JSON settings of model manifests and threshold files: camelCase, indented, stable.</summary>
internal static class ManifestJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    };
}
