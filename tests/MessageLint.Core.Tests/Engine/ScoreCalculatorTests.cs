using MessageLint.Core.Diagnostics;
using MessageLint.Core.Scoring;
using MessageLint.Core.Tests.TestRules;
using MessageLint.Core.Text;

namespace MessageLint.Core.Tests.Engine;

public sealed class ScoreCalculatorTests
{
    [Theory]
    [InlineData(new Severity[0], 100)]
    [InlineData(new[] { Severity.Warning }, 75)]
    [InlineData(new[] { Severity.Error }, 50)]
    [InlineData(new[] { Severity.Warning, Severity.Warning }, 56)]
    [InlineData(new[] { Severity.Info }, 90)]
    [InlineData(new[] { Severity.Hidden }, 100)]
    [InlineData(new[] { Severity.Error, Severity.Warning, Severity.Info }, 34)]
    [InlineData(new[] { Severity.Error, Severity.Error, Severity.Error, Severity.Error, Severity.Error, Severity.Error, Severity.Error, Severity.Error }, 0)]
    public void The_score_keeps_a_share_for_every_finding(Severity[] severities, int expected)
    {
        var diagnostics = severities.Select(s => Diagnostic(UrgentWordRule.Descriptor, s));

        Assert.Equal(expected, ScoreCalculator.Calculate(diagnostics).Overall);
    }

    [Fact]
    public void Engine_diagnostics_and_suppressed_findings_do_not_count()
    {
        var diagnostics = new[]
        {
            Diagnostic(EngineDiagnostics.RuleFailed, Severity.Error),
            Diagnostic(EngineDiagnostics.UnknownRuleInSuppression, Severity.Warning),
            Diagnostic(UrgentWordRule.Descriptor, Severity.Error) with { IsSuppressed = true },
        };

        var score = ScoreCalculator.Calculate(diagnostics);

        Assert.Equal(100, score.Overall);
        Assert.All(score.ByPrinciple.Values, value => Assert.Equal(100, value));
    }

    [Fact]
    public void Confidence_scales_a_finding_weight()
    {
        var diagnostic = Diagnostic(UrgentWordRule.Descriptor, Severity.Error) with { Confidence = 0.5 };

        Assert.Equal(75, ScoreCalculator.Calculate([diagnostic]).Overall);
    }

    [Fact]
    public void Each_principle_is_scored_from_its_own_findings()
    {
        var recommend = DescriptorOnlyRule.Create("ML5001", principle: Principle.RecommendDontAsk);
        var diagnostics = new[]
        {
            Diagnostic(UrgentWordRule.Descriptor, Severity.Warning),
            Diagnostic(recommend, Severity.Error),
        };

        var score = ScoreCalculator.Calculate(diagnostics);

        Assert.Equal(38, score.Overall);
        Assert.Equal(75, score.ByPrinciple[Principle.RaiseProblemsDelicately]);
        Assert.Equal(50, score.ByPrinciple[Principle.RecommendDontAsk]);
        Assert.Equal(100, score.ByPrinciple[Principle.AskBeforeStarting]);
        Assert.Equal(7, score.ByPrinciple.Count);
    }

    private static Diagnostic Diagnostic(RuleDescriptor descriptor, Severity severity) => new()
    {
        Descriptor = descriptor,
        Span = new TextSpan(0, 0),
        Location = default,
        Severity = severity,
    };
}
