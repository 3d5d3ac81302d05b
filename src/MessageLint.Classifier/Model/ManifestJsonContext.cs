using System.Text.Json.Serialization;

namespace MessageLint.Classifier.Model;

/// <summary>The build-time JSON contracts of a model's manifest and thresholds (<see cref="ManifestJson"/>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ModelManifest))]
[JsonSerializable(typeof(ModelThresholds))]
internal sealed partial class ManifestJsonContext : JsonSerializerContext;
