using System.Text.Json;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Evaluation;
using MessageLint.Formats.Corpus;

namespace MessageLint.Rules.Tests;

/// <summary>
/// rules/corpus/blind holds sets of drafts that break a principle, 20 per principle, written by helpers that saw only
/// the principles — never the rules, word lists or corpora — and measured before anyone read them. found.json records
/// how many of each set's drafts per principle draw a finding of that principle's rules, so a change that loses one
/// fails, and one that finds more fails until the figure is raised: the file always says what the rules find.
/// </summary>
public sealed class BlindSetTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "corpus", "blind");

    public static TheoryData<string> Sets => [.. Directory.GetFiles(Folder, "*.jsonl").Select(path => Path.GetFileNameWithoutExtension(path)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Sets))]
    public void Rules_find_the_recorded_number_of_drafts_per_principle(string set)
    {
        using var recorded = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "found.json")));
        var expected = recorded.RootElement.GetProperty("found").GetProperty(set);
        var report = RuleEvaluator.Evaluate(set, RuleTestEngine.WithModel, Items(set));

        foreach (var principle in report.Principles)
        {
            var number = ((int)principle.Principle).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var found = principle.Overall.TruePositives;
            var want = expected.GetProperty(number).GetInt32();
            Assert.True(
                found == want,
                $"{set}, principle {number}: {found} drafts found, found.json records {want}. "
                + $"See which with `messagelint evaluate rules/corpus/blind/{set}.jsonl`, and raise the figure if it rose.");
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Every_set_has_twenty_drafts_per_principle_in_both_languages(string set)
    {
        var items = Items(set);
        var principles = RuleTestEngine.Instance.Rules
            .SelectMany(r => r.SupportedDescriptors)
            .Where(d => d.Principle != Principle.Engine)
            .SelectMany(d => d.CorpusLabels.Select(label => (label, d.Principle)))
            .GroupBy(p => p.label, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Principle, StringComparer.Ordinal);

        Assert.All(items, item => Assert.Single(item.Labels));
        var perPrinciple = items.GroupBy(item => principles[item.Labels[0]]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(7, perPrinciple.Count);
        Assert.All(perPrinciple.Values, count => Assert.Equal(20, count));
        Assert.True(items.Count(i => i.Language == "ru") >= 40, $"{set}: {items.Count(i => i.Language == "ru")} Russian drafts");
        Assert.True(items.Count(i => i.Language == "en") >= 40, $"{set}: {items.Count(i => i.Language == "en")} English drafts");
    }

    private static List<LabelledMessage> Items(string set) => [.. CorpusReader.Read(Path.Combine(Folder, set + ".jsonl")).Items];
}
