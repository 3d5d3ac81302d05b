using System.Text.RegularExpressions;
using MessageLint.Core.Lexicons;

namespace MessageLint.Core.Tests.Lexicons;

/// <summary>A lexicon expression starts interpreted and is swapped for a compiled copy only once it is used often.</summary>
public sealed class TieredRegexTests
{
    [Fact]
    public void An_expression_stays_interpreted_until_it_has_been_used_often_then_compiles_and_still_matches_the_same()
    {
        var regex = new TieredRegex(@"\bскоро\b|\bsoon\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        var beforeThreshold = new List<bool>();
        for (var use = 1; use < TieredRegex.CompileAfter; use++)
        {
            beforeThreshold.Add((regex.Current.Options & RegexOptions.Compiled) != 0);
        }

        _ = regex.Current;

        // The compiled copy is built on a worker thread; wait for it (a functional wait, not a timing assertion).
        var compiled = SpinWait.SpinUntil(() => (regex.Current.Options & RegexOptions.Compiled) != 0, TimeSpan.FromMinutes(2));

        Assert.DoesNotContain(true, beforeThreshold);
        Assert.True(compiled);
        Assert.Matches(regex.Current, "Пришлю СКОРО");
        Assert.DoesNotMatch(regex.Current, "soonish");
    }
}
