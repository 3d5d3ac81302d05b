using System.Text.Json;
using MessageLint.Core.Evaluation;
using MessageLint.Formats.Corpus;

namespace MessageLint.Rules.Tests;

/// <summary>
/// rules/corpus/probes holds benign drafts written to trip the word lists (harsh words said of tools or of
/// the writer, billing questions, case studies about clients). Some are still flagged; false-alarms.json
/// records how many per rule, so a change that adds a false alarm there fails, and one that removes some
/// fails until the count is lowered — the file always says what the rules do.
/// </summary>
public sealed class BenignTrapTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "corpus", "probes");
    private static readonly Lazy<EvaluationReport> Report = new(Measure);

    public static TheoryData<string> RuleIds => [.. RuleTestEngine.Instance.Rules.SelectMany(r => r.SupportedDescriptors).Select(d => d.Id)];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_raises_the_recorded_number_of_false_alarms_on_benign_traps(string ruleId)
    {
        using var recorded = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "false-alarms.json")));
        var expected = recorded.RootElement.GetProperty("falseAlarms").GetProperty(ruleId).GetInt32();
        var counts = Report.Value.Rules.Single(r => r.Descriptor.Id == ruleId).Overall;

        Assert.Equal(0, counts.TruePositives);
        Assert.True(
            counts.FalsePositives == expected,
            $"{ruleId}: {counts.FalsePositives} false alarms on the benign traps, false-alarms.json records {expected}. "
            + "Find the new ones with `messagelint evaluate rules/corpus/probes`, or lower the recorded count if it fell.");
    }

    [Fact]
    public void Every_trap_is_benign_and_the_set_covers_both_languages()
    {
        var items = Items();
        Assert.True(items.Count >= 1000, $"{items.Count} traps");
        Assert.All(items, item => Assert.Empty(item.Labels));
        Assert.True(items.Count(i => i.Language == "ru") >= 450);
        Assert.True(items.Count(i => i.Language == "en") >= 450);
    }

    private static List<LabelledMessage> Items()
        => [.. Directory.GetFiles(Folder, "*.jsonl").Order(StringComparer.Ordinal).SelectMany(path => CorpusReader.Read(path).Items)];

    private static EvaluationReport Measure() => RuleEvaluator.Evaluate("probes", RuleTestEngine.WithModel, Items());
}
