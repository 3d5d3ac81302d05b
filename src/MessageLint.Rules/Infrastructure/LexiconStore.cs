using System.Collections.Frozen;
using MessageLint.Core.Lexicons;

namespace MessageLint.Rules.Infrastructure;

/// <summary>
/// Loads the embedded lexicons once per process and shares them between threads. All of them load
/// together, on first use, so that one <see cref="LexiconAnchorIndex"/> covers every chunk and a
/// sentence is walked once for all the rules.
/// </summary>
public static class LexiconStore
{
    private const string ResourcePrefix = "lexicons/";
    private const string ResourceSuffix = ".txt";

    private static readonly Lazy<LexiconSet> All = new(LoadAll, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The same lexicons by language, then name: rules look lexicons up per sentence, and this needs no key string.</summary>
    private static readonly Lazy<FrozenDictionary<string, FrozenDictionary<string, Lexicon>>> ByLanguage = new(
        () => All.Value.Lexicons
            .GroupBy(pair => pair.Key[..pair.Key.IndexOf('/', StringComparison.Ordinal)], StringComparer.Ordinal)
            .ToFrozenDictionary(
                group => group.Key,
                group => group.ToFrozenDictionary(pair => pair.Key[(group.Key.Length + 1)..], pair => pair.Value, StringComparer.Ordinal),
                StringComparer.Ordinal),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The lexicon <c>rules/lexicons/&lt;language&gt;/&lt;name&gt;.txt</c>; a missing one is a build error surfaced at first use.</summary>
    public static Lexicon Get(string language, string name)
        => ByLanguage.Value.TryGetValue(language, out var names) && names.TryGetValue(name, out var lexicon)
            ? lexicon
            : throw new InvalidOperationException($"Lexicon {language}/{name} is not embedded; expected rules/lexicons/{language}/{name}.txt.");

    /// <summary>How many chunks of the loaded lexicons the anchor index can skip, and how many always run.</summary>
    internal static (int Indexed, int AlwaysRun) IndexCoverage() => All.Value.IndexCoverage();

    /// <summary>The expressions' anchors worked out ahead (<see cref="LexiconAnchorCache"/>).</summary>
    internal const string AnchorCacheResource = "lexicons/anchors.cache";

    private static LexiconSet LoadAll()
    {
        if (EmbeddedRuleResources.Read(AnchorCacheResource) is { } anchorCache)
        {
            LexiconAnchorCache.Load(anchorCache);
        }

        var lexicons = new List<(string Key, string Content)>();
        foreach (var resource in EmbeddedRuleResources.ResourceNames)
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            {
                continue;
            }

            var key = resource[ResourcePrefix.Length..^ResourceSuffix.Length];
            if (!key.Contains('/', StringComparison.Ordinal))
            {
                // Shared word lists beside the language folders (acronyms) are not lexicons.
                continue;
            }

            var content = EmbeddedRuleResources.Read(resource)
                ?? throw new InvalidOperationException($"Lexicon resource {resource} cannot be read.");
            lexicons.Add((key, content));
        }

        return LexiconSet.Build(lexicons);
    }
}
