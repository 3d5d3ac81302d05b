using MessageLint.Core.Classification;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;
using MessageLint.Rules.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MessageLint.Rules.Tests;

/// <summary>
/// A rule with a model-only path reports a sentence its word lists miss when, and only when, the
/// model is sure and the label is precise enough to flag alone. No shipped label qualifies in these
/// rules today, so the thresholds are replaced for the test.
/// </summary>
[Collection(nameof(ModelThresholdOverrides))]
public sealed class ModelOnlyPathTests
{
    private static readonly Dictionary<string, (string Label, float Score)> Script = new()
    {
        ["неделька выдалась"] = ("complaint-about-client", 0.97f),
        ["Жду тексты к среде"] = ("blunt-or-blaming", 0.95f),
    };

    [Theory]
    [InlineData("Ну и неделька выдалась с этим проектом.", "ML3001", "complaint-about-client")]
    [InlineData("Жду тексты к среде.", "ML7001", "blunt-or-blaming")]
    public void A_label_that_may_flag_alone_reports_what_the_word_lists_miss(string text, string ruleId, string label)
    {
        using (ModelThresholdTable.OverrideForTests([new ModelLabelThreshold(label, 0.5, FlagsAlone: true, TestPrecision: 0.97)]))
        {
            var finding = Assert.Single(Check(text), d => d.Id == ruleId);

            var evidence = Assert.Single(finding.Evidence);
            Assert.Equal(("model", label), (evidence.Kind, evidence.Detail));
            Assert.Equal(0, finding.Span.Start);
        }
    }

    [Theory]
    [InlineData("Ну и неделька выдалась с этим проектом.", "ML3001", "complaint-about-client")]
    [InlineData("Жду тексты к среде.", "ML7001", "blunt-or-blaming")]
    public void A_label_that_may_not_flag_alone_reports_nothing_however_sure_the_model_is(string text, string ruleId, string label)
    {
        using (ModelThresholdTable.OverrideForTests([new ModelLabelThreshold(label, 0.5, FlagsAlone: false, TestPrecision: 0.7)]))
        {
            Assert.DoesNotContain(Check(text), d => d.Id == ruleId);
        }
    }

    [Fact]
    public void A_sentence_below_the_threshold_is_not_reported_even_for_a_label_that_may_flag_alone()
    {
        using (ModelThresholdTable.OverrideForTests([new ModelLabelThreshold("complaint-about-client", 0.99, FlagsAlone: true, TestPrecision: 0.97)]))
        {
            Assert.DoesNotContain(Check("Ну и неделька выдалась с этим проектом."), d => d.Id == "ML3001");
        }
    }

    [Fact]
    public void A_rule_may_flag_on_the_model_alone_only_when_one_of_its_labels_may()
    {
        var descriptor = Principle7.ML7001BluntOrBlaming.Descriptor;
        using (ModelThresholdTable.OverrideForTests([new ModelLabelThreshold("blunt-or-blaming", 0.5, FlagsAlone: true, TestPrecision: 0.97), new ModelLabelThreshold("complaint-about-client", 0.5, FlagsAlone: false, TestPrecision: 0.7)]))
        {
            Assert.True(ModelEvidence.MayFlagAlone(descriptor));
            Assert.False(ModelEvidence.MayFlagAlone(Principle3.ML3001SpeakingBadlyOfClients.Descriptor));
        }

        using (ModelThresholdTable.OverrideForTests([]))
        {
            Assert.False(ModelEvidence.MayFlagAlone(descriptor));
        }
    }

    private static IReadOnlyList<Core.Diagnostics.Diagnostic> Check(string text)
    {
        var engine = new ServiceCollection()
            .AddSingleton<ISentenceClassifier>(new ScriptedClassifier(Script))
            .AddBuiltInRules()
            .BuildServiceProvider()
            .GetRequiredService<LintEngine>();
        return engine.Analyze(MessageDocument.Parse(text), new LintSettings()).Diagnostics;
    }
}
