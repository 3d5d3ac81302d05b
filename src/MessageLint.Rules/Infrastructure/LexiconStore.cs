using System.Collections.Concurrent;

namespace MessageLint.Rules.Infrastructure;

/// <summary>Loads embedded lexicons once per process and shares them between threads.</summary>
public static class LexiconStore
{
    private static readonly ConcurrentDictionary<string, Lexicon> Cache = new(StringComparer.Ordinal);

    /// <summary>The lexicon <c>rules/lexicons/&lt;language&gt;/&lt;name&gt;.txt</c>; a missing one is a build error surfaced at first use.</summary>
    public static Lexicon Get(string language, string name)
        => Cache.GetOrAdd($"{language}/{name}", key =>
        {
            var content = EmbeddedRuleResources.ReadLexicon(language, name)
                ?? throw new InvalidOperationException($"Lexicon {key} is not embedded; expected rules/lexicons/{key}.txt.");
            return Lexicon.Parse(key, content);
        });
}
