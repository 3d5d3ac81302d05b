using MessageLint.Core.Configuration;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Tests.TestRules;
using MessageLint.Core.Text;

namespace MessageLint.Core.Tests.Engine;

public sealed class LintEngineTests
{
    [Fact]
    public void A_rule_reports_at_the_raw_offsets_of_its_words()
    {
        var engine = new LintEngine([new UrgentWordRule()]);

        var report = engine.Analyze(MessageDocument.Parse("👋 Привет!\r\nНужно срочно.", path: "draft.txt"));

        var diagnostic = Assert.Single(report.Diagnostics);
        Assert.Equal("срочно", report.Document.Text.Substring(diagnostic.Span.Start, diagnostic.Span.Length));
        Assert.Equal(new LinePosition(1, 6), diagnostic.Location.Start);
        Assert.Equal("draft.txt", diagnostic.Path);
        Assert.Equal(MessageLanguage.Russian, diagnostic.Language);
        Assert.Equal("«срочно» давит на клиента", diagnostic.GetMessage());
        Assert.Equal("'срочно' pressures the client", diagnostic.GetMessage(MessageLanguage.English));
    }

    [Fact]
    public void Sentence_actions_skip_sentences_in_other_languages()
    {
        var engine = new LintEngine([new UrgentWordRule()]);

        var report = engine.Analyze(MessageDocument.Parse("Терміново, asap, дякую за швидку відповідь!"));

        Assert.Equal(MessageLanguage.Other, report.Document.Sentences[0].Language);
        Assert.Empty(report.Diagnostics);
    }

    [Fact]
    public void Diagnostics_are_ordered_by_position_then_id()
    {
        var engine = new LintEngine([new ExclamationRunRule(), new UrgentWordRule()]);

        var report = engine.Analyze(MessageDocument.Parse("Wow!!! I need it asap!!! Thanks"));

        Assert.Equal(new[] { ExclamationRunRule.Id, UrgentWordRule.Id, ExclamationRunRule.Id }, report.Diagnostics.Select(d => d.Id));
        Assert.True(report.Diagnostics.Zip(report.Diagnostics.Skip(1)).All(p => p.First.Span.Start <= p.Second.Span.Start));
    }

    [Fact]
    public void A_forced_message_language_applies_to_every_diagnostic()
    {
        var engine = new LintEngine([new UrgentWordRule()]);
        var settings = new LintSettings(messageLanguage: MessageLanguage.English);

        var report = engine.Analyze(MessageDocument.Parse("Нужно срочно."), settings);

        Assert.Equal("'срочно' pressures the client", Assert.Single(report.Diagnostics).GetMessage());
    }

    [Fact]
    public void A_disabled_rule_does_not_run_at_all()
    {
        var counting = new CountingRule();
        var engine = new LintEngine([counting]);
        var configuration = new LintConfiguration();
        configuration.Rules[CountingRule.Id] = Severity.None;

        engine.Analyze(MessageDocument.Parse("One. Two. Three."), new LintSettings(configuration));
        Assert.Equal(0, counting.Calls);

        engine.Analyze(MessageDocument.Parse("One. Two. Three."));
        Assert.Equal(4, counting.Calls);
    }

    [Fact]
    public void A_rule_turned_off_by_severity_reports_nothing_while_others_still_report()
    {
        var engine = new LintEngine([new UrgentWordRule(), new ExclamationRunRule()]);
        var configuration = new LintConfiguration();
        configuration.Rules[UrgentWordRule.Id] = Severity.None;

        var report = engine.Analyze(MessageDocument.Parse("asap!!!"), new LintSettings(configuration));

        Assert.Equal(ExclamationRunRule.Id, Assert.Single(report.Diagnostics).Id);
    }

    [Fact]
    public void A_rule_that_throws_becomes_ml0006_and_the_other_rules_still_report()
    {
        var engine = new LintEngine([new ThrowingRule(), new UrgentWordRule()]);

        var report = engine.Analyze(MessageDocument.Parse("Need it asap."));

        var failure = Assert.Single(report.Diagnostics, d => d.Id == EngineDiagnostics.RuleFailed.Id);
        Assert.Equal(Severity.Error, failure.Severity);
        Assert.Equal(new object?[] { ThrowingRule.Id, "boom" }, failure.Arguments);
        Assert.Single(report.Diagnostics, d => d.Id == UrgentWordRule.Id);
    }

    [Fact]
    public void What_a_failing_rule_reported_before_it_threw_is_discarded()
    {
        var engine = new LintEngine([new ThrowingRule()]);

        var report = engine.Analyze(MessageDocument.Parse("Anything."));

        Assert.DoesNotContain(report.Diagnostics, d => d.Id == ThrowingRule.Id);
        Assert.Equal(EngineDiagnostics.RuleFailed.Id, Assert.Single(report.Diagnostics).Id);
    }

    [Fact]
    public void Engine_diagnostics_do_not_lower_the_score()
    {
        var engine = new LintEngine([new ThrowingRule()]);

        var report = engine.Analyze(MessageDocument.Parse("Anything."));

        Assert.Equal(100, report.Score.Overall);
    }

    [Fact]
    public void A_rule_reporting_a_descriptor_it_did_not_declare_fails_with_ml0006()
    {
        var engine = new LintEngine([new UndeclaredDescriptorRule()]);

        var report = engine.Analyze(MessageDocument.Parse("Anything."));

        var failure = Assert.Single(report.Diagnostics);
        Assert.Equal(EngineDiagnostics.RuleFailed.Id, failure.Id);
        Assert.Contains(UrgentWordRule.Id, failure.GetMessage(MessageLanguage.English), StringComparison.Ordinal);
        Assert.DoesNotContain(report.Diagnostics, d => d.Id == UrgentWordRule.Id);
    }

    [Theory]
    [InlineData("ML5001", "ML5001")]
    [InlineData("ML5001", "ml5001")]
    [InlineData("ML5001", "ML0006")]
    public void Two_descriptors_with_one_id_are_rejected(string first, string second)
    {
        var rules = new MessageRule[]
        {
            new DescriptorOnlyRule(DescriptorOnlyRule.Create(first)),
            new DescriptorOnlyRule(DescriptorOnlyRule.Create(second)),
        };

        var error = Assert.Throws<InvalidOperationException>(() => new LintEngine(rules));

        Assert.Contains("declared twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_engine_lists_every_descriptor_including_its_own_by_id()
    {
        var engine = new LintEngine([new UrgentWordRule(), new ExclamationRunRule()]);

        Assert.Equal(engine.Descriptors.Select(d => d.Id).Order(StringComparer.Ordinal), engine.Descriptors.Select(d => d.Id));
        Assert.Contains(engine.Descriptors, d => d.Id == EngineDiagnostics.UnusedSuppression.Id);
        Assert.Same(UrgentWordRule.Descriptor, engine.FindDescriptor("ml7901"));
        Assert.Null(engine.FindDescriptor("ML9999"));
        Assert.Equal(2, engine.Rules.Count);
    }

    [Fact]
    public void An_empty_draft_gives_no_diagnostics_and_a_full_score()
    {
        var engine = new LintEngine([new UrgentWordRule(), new ExclamationRunRule()]);

        var report = engine.Analyze(MessageDocument.Parse(string.Empty));

        Assert.Empty(report.Diagnostics);
        Assert.Equal(100, report.Score.Overall);
        Assert.False(report.Fails(Severity.Info));
    }
}
