using System.Text.Json;
using MessageLint.Audit.Tests.Support;

namespace MessageLint.Audit.Tests.Reports;

/// <summary>An audit that checked nothing claims no score: no messages is not a perfect 100.</summary>
public class EmptyAuditReportTests
{
    [Fact]
    public void Every_report_is_written_and_none_claims_an_average_score_when_nothing_was_checked()
    {
        using var folder = new TempFolder();
        folder.Write("empty.jsonl", "{\"text\": \"\"}\n");

        var empty = InProcessCli.Run(folder.Path, null, "audit", "empty.jsonl", "--report-dir", "empty");

        Assert.Equal(0, empty.ExitCode);
        Assert.Contains("findings: 0 errors, 0 warnings, 0 info in 0 messages; average score —", empty.Output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(folder.Read("empty/audit.json"));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("summary").GetProperty("findings").GetProperty("averageScore").ValueKind);
        var sarif = folder.Read("empty/audit.sarif");
        Assert.Empty(SarifSchema.Errors(sarif));
        using var sarifDocument = JsonDocument.Parse(sarif);
        Assert.Equal(JsonValueKind.Null, sarifDocument.RootElement.GetProperty("runs")[0].GetProperty("properties").GetProperty("averageScore").ValueKind);
        Assert.Contains("<span class=\"n\" id=\"average-score\">—</span>", folder.Read("empty/audit.html"), StringComparison.Ordinal);
        Assert.Equal(2, folder.Read("empty/audit.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Single(folder.Read("empty/audit.jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void The_summary_counts_read_in_the_singular_for_one()
    {
        using var folder = new TempFolder();

        var result = InProcessCli.Run(folder.Path, null, "audit", Fixtures.Telegram("channel-result.json"), "--fail-on", "none");

        Assert.Matches(@"skipped: .*\b1 service message\b(?!s)", result.Output);
        folder.Write("one.jsonl", "{\"text\": \"Как я уже писал!!!\"}\n");
        var one = InProcessCli.Run(folder.Path, null, "audit", "one.jsonl", "--fail-on", "none");
        Assert.Matches(@"findings: 0 errors, \d+ warnings?, 0 info in 1 message; average score", one.Output);
    }
}
