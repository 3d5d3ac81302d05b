using System.Runtime.CompilerServices;
using MessageLint.Core.Lexicons;
using MessageLint.Rules.Infrastructure;

namespace MessageLint.Rules.Tests;

/// <summary>
/// The shipped anchor cache saves every process start from parsing each lexicon expression, so it must
/// say exactly what parsing says: a stale anchor would let the index skip a chunk that matches.
/// </summary>
public sealed class LexiconAnchorCacheTests
{
    [Fact]
    public void The_shipped_anchor_cache_is_what_parsing_the_shipped_lexicons_gives()
    {
        var lexicons = EmbeddedRuleResources.ResourceNames
            .Where(name => name.StartsWith("lexicons/", StringComparison.Ordinal) && name.EndsWith(".txt", StringComparison.Ordinal))
            .Select(name => EmbeddedRuleResources.Read(name)!);
        var expected = LexiconAnchorCache.Write(lexicons);
        var shipped = EmbeddedRuleResources.Read(LexiconStore.AnchorCacheResource);
        if (shipped != expected)
        {
            var received = Path.Combine(RepositoryRoot(), "rules", "lexicons", "anchors.cache.received");
            File.WriteAllText(received, expected);
            Assert.Fail($"rules/lexicons/anchors.cache is stale; the fresh one is in {received}: rename it to anchors.cache.");
        }
    }

    [Fact]
    public void A_cached_expression_is_answered_from_the_cache_and_others_are_parsed()
    {
        const string Pattern = "tenth-session-cache-probe\\s+(?:one|two)";
        LexiconAnchorCache.Load($"{Pattern}\tcached-anchor\n");

        Assert.Equal(["cached-anchor"], LexiconAnchors.ForExpression(Pattern));
        Assert.Equal(["другой пример"], LexiconAnchors.ForExpression("другой\\s+пример"));
    }

    [Fact]
    public void A_cache_with_windows_line_ends_gives_the_same_anchors()
    {
        const string Pattern = "tenth-session-crlf-probe\\s+(?:one|two)";
        LexiconAnchorCache.Load($"{Pattern}\tcrlf-anchor\r\n");

        Assert.Equal(["crlf-anchor"], LexiconAnchors.ForExpression(Pattern));
    }

    private static string RepositoryRoot([CallerFilePath] string path = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));
}
