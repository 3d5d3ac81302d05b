using System.Reflection;

namespace MessageLint.Rules.Infrastructure;

/// <summary>Reads the rule docs and lexicons embedded in this assembly, so the tool needs no files beside it.</summary>
public static class EmbeddedRuleResources
{
    private static readonly Assembly Assembly = typeof(EmbeddedRuleResources).Assembly;

    /// <summary>The logical names of every embedded resource, in ordinal order.</summary>
    public static IReadOnlyList<string> ResourceNames { get; } = [.. Assembly.GetManifestResourceNames().Order(StringComparer.Ordinal)];

    /// <summary>The names of all embedded rule docs ("rules/ML7001.md", …).</summary>
    public static IReadOnlyList<string> DocNames { get; } =
        [.. Assembly.GetManifestResourceNames().Where(n => n.StartsWith("rules/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    /// <summary>The Markdown doc of a rule or of the engine diagnostics, or null when there is none.</summary>
    public static string? ReadDoc(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        var name = ruleId.StartsWith("ML0", StringComparison.OrdinalIgnoreCase)
            ? "rules/engine-diagnostics.md"
            : $"rules/{ruleId.ToUpperInvariant()}.md";
        return Read(name);
    }

    /// <summary>The lines of an embedded lexicon, e.g. ("ru", "ML7001.blame").</summary>
    public static string? ReadLexicon(string language, string name) => Read($"lexicons/{language}/{name}.txt");

    /// <summary>Reads any embedded resource by logical name.</summary>
    public static string? Read(string logicalName)
    {
        using var stream = Assembly.GetManifestResourceStream(logicalName);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
