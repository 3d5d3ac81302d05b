using System.Globalization;
using MessageLint.Classifier.Splits;
using MessageLint.Core.Evaluation;
using MessageLint.Formats.Corpus;
using MessageLint.Rules.Infrastructure;

namespace MessageLint.Rules.Tests;

/// <summary>
/// Each rule doc's "Measured" section states the rule's precision and recall on the held-out test split
/// of the team corpus; this re-measures them with the rules and model as they are now, so a change that
/// moves a rule's figures fails until the docs are regenerated (rules/corpus/tools/measured_sections.py).
/// </summary>
public sealed class RuleDocMeasuredTests
{
    private static readonly Lazy<EvaluationReport> TestSplit = new(Measure);

    public static TheoryData<string> RuleIds => [.. RuleTestEngine.Instance.Rules.SelectMany(r => r.SupportedDescriptors).Select(d => d.Id)];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Doc_states_the_rules_figures_on_the_held_out_test_split(string ruleId)
    {
        var counts = TestSplit.Value.Rules.Single(r => r.Descriptor.Id == ruleId).Overall;
        var markdown = EmbeddedRuleResources.ReadDoc(ruleId)!;

        var row = string.Create(
            CultureInfo.InvariantCulture,
            $"| team corpus, held-out test split | {TestSplit.Value.Items} | {counts.Fired} | {Format(counts.Precision)} | {Format(counts.Recall)} | {counts.HardNegativeFalsePositives} |");
        Assert.Contains(row, markdown, StringComparison.Ordinal);
    }

    private static EvaluationReport Measure()
    {
        var items = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "corpus", "team"), "*.jsonl")
            .Order(StringComparer.Ordinal)
            .SelectMany(path => CorpusReader.Read(path).Items)
            .ToList();
        return RuleEvaluator.Evaluate("team", RuleTestEngine.WithModel, CorpusSplitter.Select(items, DataSplit.Test));
    }

    private static string Format(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "–";
}
