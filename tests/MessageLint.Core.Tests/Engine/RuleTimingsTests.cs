using MessageLint.Core.Configuration;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Tests.TestRules;
using MessageLint.Core.Text;

namespace MessageLint.Core.Tests.Engine;

/// <summary>What `--timings` reads: time and calls per rule and for the model, also from parallel batches.</summary>
public sealed class RuleTimingsTests
{
    private static readonly string[] Drafts =
    [
        "Клиенты — ужас. Но мы справимся!!!",
        "All good here.",
        "This brief is awful. I'll rewrite it. Urgent!",
    ];

    [Fact]
    public void Each_rule_is_counted_once_per_draft_and_the_model_once_per_sentence()
    {
        var engine = new LintEngine([new ExclamationRunRule(), new UrgentWordRule(), new ModelScoreRule()], new KeywordClassifier());
        var timings = engine.MeasureTimings();
        var documents = Drafts.Select(d => MessageDocument.Parse(d)).ToList();

        engine.AnalyzeBatch(documents);
        engine.Analyze(documents[0]);

        var rows = timings.Snapshot().ToDictionary(t => t.Name);
        Assert.Equal(["ML3901", UrgentWordRule.Id, ExclamationRunRule.Id, RuleTimings.ModelName], rows.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(4, rows[ExclamationRunRule.Id].Calls);
        Assert.Equal(4, rows[UrgentWordRule.Id].Calls);
        Assert.Equal(4, rows["ML3901"].Calls);
        Assert.Equal(documents.Sum(d => d.Sentences.Count) + documents[0].Sentences.Count, rows[RuleTimings.ModelName].Calls);
    }

    [Fact]
    public void Time_spent_inside_a_rule_is_charged_to_that_rule_alone()
    {
        var clock = new SteppingClock();
        var engine = new LintEngine([new UrgentWordRule(), new ClockAdvancingRule(clock)]);
        var timings = engine.MeasureTimings(clock);

        engine.Analyze(MessageDocument.Parse(Drafts[2]));
        engine.Analyze(MessageDocument.Parse(Drafts[1]));

        var rows = timings.Snapshot();
        Assert.Equal(ClockAdvancingRule.Id, rows[0].Name);
        Assert.Equal(ClockAdvancingRule.Step * 2, rows[0].Elapsed);
        Assert.Equal(TimeSpan.Zero, rows.Single(r => r.Name == UrgentWordRule.Id).Elapsed);
    }

    [Fact]
    public void Scores_worked_out_when_a_rule_reads_them_are_charged_to_the_model_not_the_rule()
    {
        var clock = new SteppingClock();
        var step = TimeSpan.FromMilliseconds(10);
        var classifier = new ScoredOnReadClassifier(_ =>
        {
            clock.Advance(step);
            return 0.1f;
        });
        var engine = new LintEngine([new ModelScoreRule(), new UrgentWordRule()], classifier);
        var timings = engine.MeasureTimings(clock);
        var document = MessageDocument.Parse(Drafts[2]);

        engine.Analyze(document);

        var rows = timings.Snapshot().ToDictionary(t => t.Name);
        Assert.Equal(step * document.Sentences.Count, rows[RuleTimings.ModelName].Elapsed);
        Assert.Equal(document.Sentences.Count, rows[RuleTimings.ModelName].Calls);
        Assert.Equal(TimeSpan.Zero, rows["ML3901"].Elapsed);
        Assert.Equal(TimeSpan.Zero, rows[UrgentWordRule.Id].Elapsed);
    }

    [Fact]
    public void Drafts_checked_on_every_core_are_all_counted()
    {
        var engine = new LintEngine([new CountingRule(), new ExclamationRunRule()]);
        var timings = engine.MeasureTimings();
        var documents = Enumerable.Range(0, LintEngine.ParallelBatchThreshold * 5).Select(i => MessageDocument.Parse($"Draft {i}!!! Done.")).ToList();

        engine.AnalyzeBatch(documents);

        Assert.All(timings.Snapshot(), row => Assert.Equal(documents.Count, row.Calls));
    }

    [Fact]
    public void Asking_twice_returns_one_collection_and_a_model_that_scored_nothing_has_no_row()
    {
        var engine = new LintEngine([new ExclamationRunRule()]);

        var first = engine.MeasureTimings();
        var second = engine.MeasureTimings();
        engine.Analyze(MessageDocument.Parse(Drafts[0]));

        Assert.Same(first, second);
        Assert.Equal([ExclamationRunRule.Id], first.Snapshot().Select(t => t.Name));
    }

    [Fact]
    public void A_disabled_rule_is_not_charged()
    {
        var engine = new LintEngine([new ExclamationRunRule(), new CountingRule()]);
        var timings = engine.MeasureTimings();
        var settings = new LintSettings(new LintConfiguration { Rules = { [CountingRule.Id] = Severity.None } });

        engine.Analyze(MessageDocument.Parse(Drafts[0]), settings);

        var rows = timings.Snapshot().ToDictionary(t => t.Name);
        Assert.Equal(1, rows[ExclamationRunRule.Id].Calls);
        Assert.Equal(0, rows[CountingRule.Id].Calls);
    }
}
