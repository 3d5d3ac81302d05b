using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Tests.TestRules;
using MessageLint.Core.Text;

namespace MessageLint.Core.Tests.Engine;

/// <summary>
/// A check the host no longer needs (the editor sent a newer text) stops at the next sentence or rule
/// instead of running to the end, and is never mistaken for a failing rule.
/// </summary>
public sealed class CancellationTests
{
    [Fact]
    public void A_check_cancelled_midway_stops_at_the_next_sentence_and_runs_no_further_rule()
    {
        using var source = new CancellationTokenSource();
        var cancelling = new CancellingRule(source);
        var counting = new CountingRule();
        var engine = new LintEngine([cancelling, counting]);

        Assert.ThrowsAny<OperationCanceledException>(() => engine.Analyze(MessageDocument.Parse("One. STOP. Three. Four."), null, source.Token));

        Assert.Equal(2, cancelling.Sentences);
        Assert.Equal(0, counting.Calls);
    }

    [Fact]
    public void Rules_see_the_token_of_the_check_they_serve()
    {
        using var source = new CancellationTokenSource();
        var cancelling = new CancellingRule(source);
        var engine = new LintEngine([cancelling]);

        engine.Analyze(MessageDocument.Parse("One. Two. Three."), null, source.Token);

        Assert.Equal(3, cancelling.SentencesWithToken);
    }

    [Fact]
    public void A_check_whose_token_is_already_set_runs_no_rule()
    {
        var counting = new CountingRule();
        var engine = new LintEngine([counting]);

        Assert.ThrowsAny<OperationCanceledException>(() => engine.Analyze(MessageDocument.Parse("One. Two."), null, new CancellationToken(canceled: true)));

        Assert.Equal(0, counting.Calls);
    }

    [Fact]
    public void A_rule_throwing_a_cancellation_of_its_own_is_a_failing_rule_and_the_others_still_run()
    {
        var counting = new CountingRule();
        var engine = new LintEngine([new CancellingRule(null), counting]);

        var report = engine.Analyze(MessageDocument.Parse("One. STOP. Three."), null, CancellationToken.None);

        var failure = Assert.Single(report.Diagnostics, d => d.Id == EngineDiagnostics.RuleFailed.Id);
        Assert.Equal(CancellingRule.Id, failure.Arguments[0]);
        Assert.Equal(4, counting.Calls);
    }
}
