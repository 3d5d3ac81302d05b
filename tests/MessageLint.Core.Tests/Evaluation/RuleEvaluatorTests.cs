using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Evaluation;

namespace MessageLint.Core.Tests.Evaluation;

/// <summary>Precision, recall and F1 are counted against the rule's corpus labels, per rule, language and principle.</summary>
public sealed class RuleEvaluatorTests
{
    private static readonly RuleDescriptor Urgent = new(
        "ML7902",
        new LocalizedText("Urgency", "Срочность"),
        new LocalizedText("urgent", "срочно"),
        Principle.RaiseProblemsDelicately,
        Severity.Warning,
        corpusLabels: ["blunt-or-blaming", "pressure"]);

    private sealed class UrgentRule : MessageRule
    {
        public override IReadOnlyList<RuleDescriptor> SupportedDescriptors => [Urgent];

        public override void Initialize(RuleContext context) => context.RegisterSentenceAction(c =>
        {
            var index = c.Sentence.Prose.IndexOf("asap", StringComparison.OrdinalIgnoreCase);
            if (index >= 0)
            {
                c.ReportAt(Urgent, index, 4);
            }
        });
    }

    [Fact]
    public void Counts_follow_the_rule_labels_and_the_primary_label_for_recall()
    {
        var engine = new LintEngine([new UrgentRule()]);
        LabelledMessage[] items =
        [
            new("1", "en", "Send it ASAP.", ["blunt-or-blaming"]),
            new("2", "en", "We need it asap, please.", ["pressure"]),
            new("3", "en", "ASAP is a word I avoid.", [], HardNegative: true),
            new("4", "en", "You never listen to me.", ["blunt-or-blaming"]),
            new("5", "ru", "Нужно срочно, asap.", []),
            new("6", "ru", "Всё хорошо.", []),
        ];

        var report = RuleEvaluator.Evaluate("test", engine, items);

        var counts = Assert.Single(report.Rules).Overall;
        Assert.Equal(2, counts.TruePositives);
        Assert.Equal(2, counts.FalsePositives);
        Assert.Equal(1, counts.HardNegativeFalsePositives);
        Assert.Equal(1, counts.FalseNegatives);
        Assert.Equal(0.5, counts.Precision);
        Assert.Equal(2.0 / 3, counts.Recall!.Value, 6);
        Assert.Equal(0.0, report.Rules[0].ByLanguage["ru"].Precision);
        Assert.Equal(6, report.Items);
        Assert.Equal(4, report.ItemsByLanguage["en"]);
        var principle = Assert.Single(report.Principles);
        Assert.Equal(Principle.RaiseProblemsDelicately, principle.Principle);
        Assert.Equal(2, principle.Overall.FalsePositives);
    }

    [Fact]
    public void A_rule_that_never_fires_has_no_precision_rather_than_a_perfect_one()
    {
        var engine = new LintEngine([new UrgentRule()]);

        var report = RuleEvaluator.Evaluate("test", engine, [new LabelledMessage("1", "en", "Fine.", ["blunt-or-blaming"])]);

        Assert.Null(report.Rules[0].Overall.Precision);
        Assert.Equal(0.0, report.Rules[0].Overall.Recall);
        Assert.Null(report.Rules[0].Overall.F1);
    }
}
