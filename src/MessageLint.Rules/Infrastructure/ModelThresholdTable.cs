using System.Collections.Frozen;
using System.Text.Json;

namespace MessageLint.Rules.Infrastructure;

/// <summary>
/// The per-label thresholds of the shipped sentence model (rules/models/sentence-classifier.thresholds.json,
/// written by `messagelint train` and embedded here). Rules read this JSON rather than the
/// classifier's types, so the rules stay free of ML.NET.
/// </summary>
public static class ModelThresholdTable
{
    /// <summary>The embedded resource's logical name.</summary>
    public const string ResourceName = "models/sentence-classifier.thresholds.json";

    private static volatile FrozenDictionary<string, ModelLabelThreshold>? s_override;

    private static readonly Lazy<FrozenDictionary<string, ModelLabelThreshold>> Table = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Every label's threshold, by label.</summary>
    public static IReadOnlyDictionary<string, ModelLabelThreshold> All => Table.Value;

    /// <summary>The threshold of a label, or null when the model has none for it.</summary>
    public static ModelLabelThreshold? Find(string label) => (s_override ?? Table.Value).GetValueOrDefault(label);

    /// <summary>
    /// Uses <paramref name="thresholds"/> instead of the shipped ones until the result is disposed. No
    /// shipped label may flag alone in a rule with a model-only path today, so tests need this to
    /// exercise those paths; it is process-wide, so such tests must not run in parallel with others.
    /// </summary>
    internal static IDisposable OverrideForTests(IEnumerable<ModelLabelThreshold> thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        var previous = s_override;
        s_override = thresholds.ToFrozenDictionary(t => t.Label, StringComparer.Ordinal);
        return new RestoreOnDispose(previous);
    }

    private static FrozenDictionary<string, ModelLabelThreshold> Load()
    {
        var json = EmbeddedRuleResources.Read(ResourceName);
        if (json is null)
        {
            return FrozenDictionary<string, ModelLabelThreshold>.Empty;
        }

        using var document = JsonDocument.Parse(json);
        var result = new Dictionary<string, ModelLabelThreshold>(StringComparer.Ordinal);
        foreach (var entry in document.RootElement.GetProperty("labels").EnumerateArray())
        {
            var label = entry.GetProperty("label").GetString() ?? string.Empty;
            var precision = entry.TryGetProperty("testPrecision", out var p) && p.ValueKind == JsonValueKind.Number ? p.GetDouble() : (double?)null;
            result[label] = new ModelLabelThreshold(label, entry.GetProperty("threshold").GetDouble(), entry.GetProperty("flagsAlone").GetBoolean(), precision);
        }

        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Puts the thresholds in use before an override back.</summary>
    private sealed class RestoreOnDispose(FrozenDictionary<string, ModelLabelThreshold>? previous) : IDisposable
    {
        public void Dispose() => s_override = previous;
    }
}
