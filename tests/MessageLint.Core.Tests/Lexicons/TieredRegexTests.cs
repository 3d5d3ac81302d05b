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

    [Fact]
    public void A_compiled_copy_whose_engine_throws_is_dropped_for_good_and_the_interpreted_copy_answers()
    {
        var regex = new TieredRegex(
            @"\bскоро\b|\bsoon\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            static (pattern, options) => new FaultyCompiledRegex(pattern, options));
        var swappedIn = UseUntilCompiled(regex);

        var matchedSoon = regex.IsMatch("Пришлю СКОРО", 0);
        var soonishMatched = regex.IsMatch("soonish", 0);
        var match = regex.Match("ok, soon then", 3);

        Assert.True(swappedIn);
        Assert.True(matchedSoon);
        Assert.False(soonishMatched);
        Assert.Equal((4, "soon"), (match.Index, match.Value));
        Assert.True(regex.CompiledCopyFailed);
        Assert.Equal(RegexOptions.None, regex.Current.Options & RegexOptions.Compiled);
    }

    [Fact]
    public void A_compiled_copy_that_fails_to_build_leaves_the_interpreted_copy_in_place()
    {
        var regex = new TieredRegex(
            @"\bsoon\b",
            RegexOptions.IgnoreCase,
            static (_, _) => throw new InvalidOperationException("the compiler failed"));
        for (var use = 0; use <= TieredRegex.CompileAfter; use++)
        {
            _ = regex.Current;
        }

        var failed = SpinWait.SpinUntil(() => regex.CompiledCopyFailed, TimeSpan.FromMinutes(2));

        Assert.True(failed);
        Assert.True(regex.IsMatch("see you soon", 0));
        Assert.Equal(RegexOptions.None, regex.Current.Options & RegexOptions.Compiled);
    }

    [Fact]
    public void The_expression_that_broke_the_compiled_engine_in_the_twenty_eighth_session_matches_like_the_interpreter()
    {
        // On .NET 10.0's compiled engine this expression threw IndexOutOfRangeException on the sentence below.
        const string Pattern = @"(?<![\p{L}\p{N}])(?:(?:write\s+(?:it\s+|this\s+|the\s+[\w-]+\s+)?up|share|tell\s+you|post)\s+(?:\w+\s+){0,2}?(?:in\s+more\s+detail|more\s+(?:about|on)\b))(?![\p{L}\p{N}])";
        const string Sentence = "every time a client sends me a voice note with feedback, i write it up as a list and send it back for confirmation.";
        var options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        var regex = new TieredRegex(Pattern, options);
        var swappedIn = UseUntilCompiled(regex);

        var matches = new[] { Sentence, "I'll share more about the plan on Friday" }.Select(text => regex.IsMatch(text, 0)).ToArray();
        var interpreted = new[] { Sentence, "I'll share more about the plan on Friday" }.Select(text => new Regex(Pattern, options).IsMatch(text)).ToArray();

        Assert.True(swappedIn);
        Assert.Equal(interpreted, matches);
        Assert.Equal(new[] { false, true }, matches);
    }

    [Fact]
    public async Task A_compiled_copy_that_never_returns_is_dropped_and_the_interpreted_copy_answers()
    {
        // On .NET 10.0's compiled engine this expression, anchored as matching tries an indexed chunk, never returned on the
        // sentence below at position 101 (thirtieth session; the interpreter answers in milliseconds). Lexicons are
        // user-editable, so the engine must survive it rather than stall an audit.
        const string Pattern = @"\G(?:(?<![\p{L}\p{N}])(?:готов\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:пришлю|пришлем|пришлём|отправлю|отправим|покажу|покажем)\s+(?:\S+\s+){0,2}?на\s+при[её]мку)(?![\p{L}\p{N}]))";
        const string Sentence = "По модели прогноза спроса: договорились, что все вопросы в процессе я задаю через ассистента Анну, а готовую версию отправлю сразу Виктору Андреевичу на приемку — отвлекать его раньше не будем.";
        var options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        var regex = new TieredRegex(Pattern, options);
        var swappedIn = UseUntilCompiled(regex);

        // Run on a worker so that an engine without the fallback fails the test instead of hanging the run.
        var matching = Task.Run(() => regex.IsMatch(Sentence, 101));
        var first = await Task.WhenAny(matching, Task.Delay(TimeSpan.FromMinutes(2)));
        var interpreted = new Regex(Pattern, options).IsMatch(Sentence, 101);

        Assert.True(swappedIn);
        Assert.True(first == matching, "the compiled copy never returned and nothing took over");
        Assert.False(interpreted);
        Assert.Equal(interpreted, await matching);
        var answersReady = regex.Match("готовую версию отправлю вам на приемку", 0).Success;
        Assert.True(regex.CompiledCopyFailed);
        Assert.True(answersReady);
    }

    /// <summary>Uses the expression past the threshold and waits (functionally, not for a time) for the compiled copy.</summary>
    private static bool UseUntilCompiled(TieredRegex regex)
    {
        for (var use = 0; use <= TieredRegex.CompileAfter; use++)
        {
            _ = regex.Current;
        }

        return SpinWait.SpinUntil(() => (regex.Current.Options & RegexOptions.Compiled) != 0, TimeSpan.FromMinutes(2));
    }
}
