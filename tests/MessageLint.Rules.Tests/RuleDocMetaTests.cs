using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;
using MessageLint.Rules.Infrastructure;
using MessageLint.Testing;

namespace MessageLint.Rules.Tests;

/// <summary>Checks that every registered rule is documented as the house style requires and behaves on empty input.</summary>
public sealed class RuleDocMetaTests
{
    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in RuleTestEngine.Instance.Descriptors.Where(d => d.Principle != Principle.Engine))
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Doc_exists_and_matches_the_descriptor(string ruleId)
    {
        var descriptor = RuleTestEngine.Instance.FindDescriptor(ruleId)!;
        var markdown = EmbeddedRuleResources.ReadDoc(ruleId);
        Assert.NotNull(markdown);

        var doc = RuleDocParser.Parse(markdown);

        Assert.Equal(ruleId, doc.RuleId);
        Assert.Equal(descriptor.Title.English, doc.Title);
        Assert.Equal(ruleId, doc.Table["ID"]);
        Assert.StartsWith($"{(int)descriptor.Principle} ", doc.Table["Principle"], StringComparison.Ordinal);
        Assert.StartsWith(descriptor.DefaultSeverity.ToName(), doc.Table["Severity"], StringComparison.Ordinal);
        var expected = doc.Sections.Contains("Model")
            ? new[] { "Cause", "Why", "How to fix", "How to suppress", "Model", "Measured", "Examples" }
            : ["Cause", "Why", "How to fix", "How to suppress", "Measured", "Examples"];
        Assert.Equal(expected, doc.Sections);
        Assert.EndsWith($"rules/{ruleId}.md", descriptor.HelpUri, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Doc_has_at_least_six_positive_and_six_negative_examples_in_each_language(string ruleId)
    {
        var doc = RuleDocParser.Parse(EmbeddedRuleResources.ReadDoc(ruleId)!);
        foreach (var language in new[] { "ru", "en" })
        {
            var examples = doc.Examples.Where(e => e.Language == language).Select(e => MessageMarkup.Parse(e.Markup)).ToList();
            Assert.True(examples.Count(e => e.Expected.Any(x => x.RuleId is null)) >= 6, $"{ruleId} needs at least 6 positive {language} examples.");
            Assert.True(examples.Count(e => e.Expected.All(x => x.RuleId is not null)) >= 6, $"{ruleId} needs at least 6 negative {language} examples.");
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Doc_states_the_model_thresholds_its_rule_uses(string ruleId)
    {
        var descriptor = RuleTestEngine.Instance.FindDescriptor(ruleId)!;
        var markdown = EmbeddedRuleResources.ReadDoc(ruleId)!;
        var modelled = descriptor.CorpusLabels.Select(ModelThresholdTable.Find).OfType<ModelLabelThreshold>().ToList();
        if (modelled.Count == 0)
        {
            Assert.DoesNotContain("\n## Model\n", markdown, StringComparison.Ordinal);
            return;
        }

        Assert.Contains("\n## Model\n", markdown, StringComparison.Ordinal);
        foreach (var threshold in modelled)
        {
            var row = $"| `{threshold.Label}` | {threshold.Threshold.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)} |";
            Assert.Contains(row, markdown, StringComparison.Ordinal);
            if (threshold.FlagsAlone)
            {
                // Whether the rule has the model-only path is the rule's choice; the doc says which.
                Assert.True(
                    markdown.Contains("| yes |", StringComparison.Ordinal) || markdown.Contains("| no: the label qualifies, but this rule reports only what its word lists and patterns find |", StringComparison.Ordinal),
                    $"{ruleId}'s doc does not say whether the model may flag {threshold.Label} alone");
            }
            else
            {
                Assert.Contains("| no: it only raises or lowers confidence |", markdown, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Doc_table_lists_both_languages(string ruleId)
    {
        var doc = RuleDocParser.Parse(EmbeddedRuleResources.ReadDoc(ruleId)!);

        Assert.Contains("ru", doc.Table["Languages"], StringComparison.Ordinal);
        Assert.Contains("en", doc.Table["Languages"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("👍")]
    [InlineData("```\ncode only\n```")]
    public void Empty_or_contentless_input_gives_no_rule_diagnostic(string text)
    {
        foreach (var format in new[] { DocumentFormat.PlainText, DocumentFormat.Markdown })
        {
            var report = RuleTestEngine.Instance.Analyze(MessageDocument.Parse(text, format), new LintSettings(profile: "kickoff"));

            Assert.DoesNotContain(report.Diagnostics, d => d.Descriptor.Principle != Principle.Engine);
        }
    }

    [Fact]
    public void Catalogue_lists_every_rule()
    {
        var catalogue = EmbeddedRuleResources.Read("rules/README.md");
        Assert.NotNull(catalogue);
        foreach (var descriptor in RuleTestEngine.Instance.Descriptors.Where(d => d.Principle != Principle.Engine))
        {
            Assert.Contains($"[{descriptor.Id}]({descriptor.Id}.md)", catalogue, StringComparison.Ordinal);
        }
    }
}
