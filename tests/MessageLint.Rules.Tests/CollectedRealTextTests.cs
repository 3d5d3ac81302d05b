using System.Globalization;
using System.Text.Json;
using MessageLint.Core.Evaluation;
using MessageLint.Formats.Corpus;

namespace MessageLint.Rules.Tests;

/// <summary>
/// rules/corpus/collected holds real public snippets (blog posts, forum threads, issue replies) collected verbatim in the
/// twenty-second session, split by site or repository into a half that may be read and a holdout nobody reads (and the
/// same for a second collection of clean snippets only).
/// measured.json records, per file and principle, how many labelled snippets draw a finding of that principle's rules
/// and how many findings land on a snippet without that principle's label, so a change that loses a finding or adds a
/// false alarm on real text fails, and one that improves either fails until the figure is updated.
/// </summary>
public sealed class CollectedRealTextTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "corpus", "collected");

    public static TheoryData<string> Files => [.. Directory.GetFiles(Folder, "*.jsonl").Select(path => Path.GetFileNameWithoutExtension(path)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Rules_find_and_miss_the_recorded_numbers_per_principle(string file)
    {
        using var recorded = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "measured.json")));
        var expected = recorded.RootElement.GetProperty("measured").GetProperty(file);
        var items = CorpusReader.Read(Path.Combine(Folder, file + ".jsonl")).Items;
        var report = RuleEvaluator.Evaluate(file, RuleTestEngine.WithModel, items);

        foreach (var principle in report.Principles)
        {
            var number = ((int)principle.Principle).ToString(CultureInfo.InvariantCulture);
            var want = expected.GetProperty(number);
            var found = principle.Overall.TruePositives;
            var falseAlarms = principle.Overall.FalsePositives;
            Assert.True(
                found == want.GetProperty("found").GetInt32() && falseAlarms == want.GetProperty("falseAlarms").GetInt32(),
                $"{file}, principle {number}: {found} found and {falseAlarms} false alarms, measured.json records "
                + $"{want.GetProperty("found").GetInt32()} and {want.GetProperty("falseAlarms").GetInt32()}. "
                + $"Re-measure with `python3 rules/corpus/tools/collected_measured.py` (never read holdout.jsonl or clean-holdout.jsonl).");
        }
    }

    [Fact]
    public void The_read_half_and_the_holdout_share_no_site_or_repository()
    {
        var read = Groups("read", "clean-read");
        var holdout = Groups("holdout", "clean-holdout");

        Assert.NotEmpty(read);
        Assert.NotEmpty(holdout);
        Assert.Empty(read.Intersect(holdout));
    }

    /// <summary>Each snippet's group is its site or GitHub repository (web:host, gh:owner/name), the unit the split kept together.</summary>
    private static HashSet<string> Groups(params string[] files)
    {
        var items = files.SelectMany(file => CorpusReader.Read(Path.Combine(Folder, file + ".jsonl")).Items).ToList();
        Assert.All(items, item => Assert.Matches("^(?:web|gh):.+", item.Group));
        return items.Select(item => item.Group!).ToHashSet(StringComparer.Ordinal);
    }
}
