using System.Text.RegularExpressions;
using MessageLint.Cli.Tests.Support;

namespace MessageLint.Cli.Tests;

/// <summary>`--timings`: a table on stderr with every rule the run used and the garbage collector's line (server GC, as the build sets it), never touching the report on stdout.</summary>
public sealed partial class TimingsEndToEndTests : IDisposable
{
    private static readonly string[] BuiltInRuleIds =
        ["ML1001", "ML1002", "ML2001", "ML3001", "ML4001", "ML4002", "ML5001", "ML5002", "ML6001", "ML6002", "ML7001", "ML7002", "ML7003"];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Check_prints_one_row_per_rule_including_custom_ones_and_leaves_stdout_as_it_was()
    {
        _folder.Write("messagelint.json", """
            { "customRules": [ { "id": "MLU001", "pattern": "\\bбесплатно\\b", "message": "Назовите объём и цену", "principle": "state-rules" } ] }
            """);
        _folder.Write("draft.txt", "Сделаем бесплатно. ПРИШЛИТЕ ТЕКСТЫ!!!\n");

        var plain = CliProcess.Run(_folder.Path, null, "check", "draft.txt", "--no-ml");
        var timed = CliProcess.Run(_folder.Path, null, "check", "draft.txt", "--no-ml", "--timings");

        Assert.Equal(plain.ExitCode, timed.ExitCode);
        Assert.Equal(plain.StandardOutput, timed.StandardOutput);
        Assert.Contains("Timings over 1 draft ", timed.StandardError, StringComparison.Ordinal);
        var rows = Rows(timed.StandardError);
        Assert.Equal([.. BuiltInRuleIds, "MLU001"], rows.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("sentence model", timed.StandardError, StringComparison.Ordinal);
        Assert.Equal(rows.Values.Sum(), Total(timed.StandardError), 1.0);
    }

    [Fact]
    public void Audit_with_the_model_has_a_row_for_the_model_and_counts_the_checked_messages()
    {
        _folder.Write("posts.jsonl", string.Join('\n', Enumerable.Range(1, 30).Select(i => $$"""{"id": {{i}}, "text": "Как я уже писал, макет готов. Сделаем {{i}} вариантов?"}""")) + "\n");

        var result = CliProcess.Run(_folder.Path, null, "audit", "posts.jsonl", "--progress", "never", "--timings");

        Assert.Contains("Timings over 30 drafts ", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("sentence model", Rows(result.StandardError).Keys);
        Assert.DoesNotContain("Timings", result.StandardOutput, StringComparison.Ordinal);
        Assert.Matches(GarbageCollectionPattern(), result.StandardError);
    }

    private static Dictionary<string, double> Rows(string stderr)
        => RowPattern().Matches(stderr).ToDictionary(m => m.Groups["name"].Value.Trim(), m => double.Parse(m.Groups["ms"].Value.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture));

    private static double Total(string stderr)
        => double.Parse(TotalPattern().Match(stderr).Groups["ms"].Value.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^  (?<name>ML\w+|sentence model)\s+(?<ms>[\d,]+\.\d)\s+[\d.]+ %\s+[\d,]+\.\d$", RegexOptions.Multiline)]
    private static partial Regex RowPattern();

    [GeneratedRegex(@"^  total\s+(?<ms>[\d,]+\.\d)$", RegexOptions.Multiline)]
    private static partial Regex TotalPattern();

    [GeneratedRegex(@"^Garbage collection \(server\): [\d,]+ collections \([\d,]+ of generation 1 or 2, [\d,]+ of generation 2\); threads paused [\d,]+ ms in all\.$", RegexOptions.Multiline)]
    private static partial Regex GarbageCollectionPattern();
}
