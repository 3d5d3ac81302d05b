using System.Text.Json;
using MessageLint.Audit.Tests.Support;

namespace MessageLint.Audit.Tests.EndToEnd;

public class BaselineTests
{
    private const string Before = """
        {"id": 1, "text": "Как я уже писал, макет готов."}
        {"id": 2, "text": "Макет каталога готов, посмотрите, пожалуйста."}
        {"id": 3, "text": "ПРИШЛИТЕ ТЕКСТЫ!!!"}
        """;

    private const string After = """
        {"id": 1, "text": "Как я уже писал, макет готов."}
        {"id": 2, "text": "Макет каталога готов, посмотрите, пожалуйста."}
        {"id": 4, "text": "Я же говорил, сроки сорвутся."}
        """;

    [Fact]
    public void Against_its_own_baseline_a_run_reports_nothing_new_and_passes()
    {
        using var folder = new TempFolder();
        folder.Write("chat.jsonl", Before);
        var first = InProcessCli.Run(folder.Path, null, "audit", "chat.jsonl", "--sarif", "before.sarif");

        var second = InProcessCli.Run(folder.Path, null, "audit", "chat.jsonl", "--baseline", "before.sarif", "--sarif", "after.sarif");

        Assert.Equal(1, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        var states = BaselineStates(folder.Read("after.sarif"));
        Assert.NotEmpty(states);
        Assert.All(states, s => Assert.Equal("unchanged", s.State));
    }

    [Fact]
    public void New_findings_are_new_fixed_ones_are_absent_and_the_rest_unchanged()
    {
        using var folder = new TempFolder();
        folder.Write("chat.jsonl", Before);
        InProcessCli.Run(folder.Path, null, "audit", "chat.jsonl", "--sarif", "before.sarif");
        folder.Write("chat.jsonl", After);

        var result = InProcessCli.Run(folder.Path, null, "audit", "chat.jsonl", "--baseline", "before.sarif", "--sarif", "after.sarif", "--json", "after.json");

        Assert.Equal(1, result.ExitCode);
        var states = BaselineStates(folder.Read("after.sarif"));
        Assert.Contains(states, s => s.State == "unchanged" && s.Location == "1");
        Assert.Contains(states, s => s.State == "new" && s.Location == "4");
        Assert.Contains(states, s => s.State == "absent" && s.Location == "3");
        Assert.DoesNotContain(states, s => s.State == "new" && s.Location != "4");
        Assert.Empty(SarifSchema.Errors(folder.Read("after.sarif")));
        Assert.Contains("baseline before.sarif:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_that_cannot_be_read_is_a_usage_error()
    {
        using var folder = new TempFolder();
        folder.Write("chat.jsonl", Before);
        folder.Write("broken.sarif", "{ not json");

        var result = InProcessCli.Run(folder.Path, null, "audit", "chat.jsonl", "--baseline", "broken.sarif");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot read the baseline broken.sarif: not a SARIF log: invalid JSON at line 1, byte 3 (", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", result.Error, StringComparison.Ordinal);
    }

    private static List<(string State, string Location)> BaselineStates(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        return [.. document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => (
            r.GetProperty("baselineState").GetString()!,
            r.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString()!))];
    }
}
