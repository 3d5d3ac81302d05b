using System.Text.Json;

namespace MessageLint.Classifier.Model;

/// <summary>
/// The JSON settings of model manifests and threshold files: camelCase, indented, stable. The
/// contracts are generated at build time (<see cref="ManifestJsonContext"/>): worked out by reflection
/// on first use, they were the slowest step of loading the model at every start.
/// </summary>
internal static class ManifestJson
{
    public static JsonSerializerOptions Options => ManifestJsonContext.Default.Options;
}
