using System.Text.Json;
using MessageLint.Audit.Tests.Support;

namespace MessageLint.Audit.Tests.EndToEnd;

public class AuditCommandTests
{
    [Fact]
    public void The_summary_reconciles_read_with_checked_skipped_and_failed()
    {
        using var folder = new TempFolder();

        var result = InProcessCli.Run(folder.Path, null, "audit", Fixtures.Telegram("malformed-result.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("read 8 = checked 2 + skipped 0 + failed 6", result.Output, StringComparison.Ordinal);
        Assert.Contains("failed: ", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"failed: .*malformed-result\.json:\d+: ""id"" must be a whole number, not a string", result.Output);
    }

    [Fact]
    public void Jsonl_on_standard_input_is_audited_with_mapped_columns()
    {
        using var folder = new TempFolder();
        var input = "{\"body\": \"Как я уже писал, всё готово!!!\", \"who\": \"me\", \"n\": 10}\n{\"body\": \"Спасибо!\", \"who\": \"client\", \"n\": 11}\n";

        var result = InProcessCli.Run(folder.Path, input, "audit", "-", "--text-column", "body", "--author-column", "who", "--id-column", "n", "--author", "me", "--jsonl", "out.jsonl");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("read 2 = checked 1 + skipped 1 + failed 0", result.Output, StringComparison.Ordinal);
        var lines = folder.Read("out.jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("10", first.RootElement.GetProperty("id").GetString());
        Assert.Equal("checked", first.RootElement.GetProperty("status").GetString());
        Assert.Equal("ML7001", first.RootElement.GetProperty("findings")[0].GetProperty("ruleId").GetString());
    }

    [Fact]
    public void Two_jsonl_files_are_audited_as_messages_and_repeated_ids_stay_distinct()
    {
        using var folder = new TempFolder();
        folder.Write("jan.jsonl", "{\"id\": 1, \"text\": \"Как я уже писал, всё готово!!!\"}\n");
        folder.Write("feb.jsonl", "{\"id\": 1, \"text\": \"Спасибо, получил!\"}\n");

        var result = InProcessCli.Run(folder.Path, null, "audit", "jan.jsonl", "feb.jsonl", "--jsonl", "out.jsonl");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("read 2 = checked 2 + skipped 0 + failed 0", result.Output, StringComparison.Ordinal);
        var messages = folder.Read("out.jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["jan.jsonl:1", "feb.jsonl:1"], messages.Select(m => m.GetProperty("key").GetString()));
        Assert.Equal(["1", "1"], messages.Select(m => m.GetProperty("id").GetString()));
        Assert.All(messages, m => Assert.False(m.GetProperty("wholeFile").GetBoolean()));
        Assert.NotEmpty(messages[0].GetProperty("findings").EnumerateArray());
    }

    [Fact]
    public void A_mistyped_option_is_a_usage_error_that_names_the_option_meant_and_reads_nothing()
    {
        using var folder = new TempFolder();
        folder.Write("chat.jsonl", "{\"id\": 1, \"text\": \"Как я уже писал, всё готово!!!\"}\n");

        var result = InProcessCli.Run(folder.Path, null, "audit", "chat.jsonl", "--fail-level", "none", "--jsonl", "out.jsonl");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("messagelint: error: Unrecognized option '--fail-level'. Did you mean '--fail-on'?", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("out.jsonl")));
    }

    [Fact]
    public void The_reports_say_which_evidence_made_each_finding_fire()
    {
        using var folder = new TempFolder();
        folder.Write("chat.jsonl", "{\"id\": 1, \"text\": \"Как я уже писал, всё готово!!!\"}\n");

        InProcessCli.Run(folder.Path, null, "audit", "chat.jsonl", "--jsonl", "out.jsonl", "--sarif", "out.sarif");

        using var jsonl = JsonDocument.Parse(folder.Read("out.jsonl"));
        var evidence = jsonl.RootElement.GetProperty("findings").EnumerateArray()
            .SelectMany(f => f.GetProperty("evidence").EnumerateArray().Select(e => (Kind: e.GetProperty("kind").GetString(), Detail: e.GetProperty("detail").GetString())))
            .ToList();
        Assert.Contains(("phrase", "Как я уже писал"), evidence);
        Assert.Contains(("shape", "!!!"), evidence);
        Assert.Contains(evidence, e => e.Kind == "model" && e.Detail == "blunt-or-blaming");
        var sarif = folder.Read("out.sarif");
        Assert.Empty(SarifSchema.Errors(sarif));
        using var sarifDocument = JsonDocument.Parse(sarif);
        var sarifEvidence = sarifDocument.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .SelectMany(r => r.GetProperty("properties").GetProperty("evidence").EnumerateArray().Select(e => (Kind: e.GetProperty("kind").GetString(), Detail: e.GetProperty("detail").GetString())))
            .ToList();
        Assert.Equal(evidence, sarifEvidence);
    }

    [Fact]
    public void The_sarif_report_has_one_result_per_finding_located_in_the_message_and_valid_against_the_schema()
    {
        using var folder = new TempFolder();

        InProcessCli.Run(folder.Path, null, "audit", Fixtures.Telegram("channel-result.json"), "--channel", "pixel_studio", "--sarif", "out.sarif", "--json", "out.json");

        var sarif = folder.Read("out.sarif");
        Assert.Empty(SarifSchema.Errors(sarif));
        using var document = JsonDocument.Parse(sarif);
        var results = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        using var json = JsonDocument.Parse(folder.Read("out.json"));
        var findings = json.RootElement.GetProperty("messages").EnumerateArray().Sum(m => m.GetProperty("findings").GetArrayLength());
        Assert.Equal(findings, results.Count);
        var result = results.First(r => r.GetProperty("properties").GetProperty("messageId").GetString() == "3");
        var location = result.GetProperty("locations")[0];
        Assert.Equal("1733210057/3", location.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
        Assert.Equal(33, location.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal("https://t.me/pixel_studio/3", result.GetProperty("properties").GetProperty("link").GetString());
        Assert.Equal("2024-01-16T12:02:10", result.GetProperty("properties").GetProperty("localDate").GetString());
        Assert.Equal("Студия «Пиксель»", result.GetProperty("properties").GetProperty("author").GetString());
    }

    [Fact]
    public void The_csv_summary_has_a_row_per_record_and_defuses_spreadsheet_formulas()
    {
        using var folder = new TempFolder();
        folder.Write("chat.jsonl", "{\"text\": \"Как я уже писал!!!\", \"author\": \"=HYPERLINK(\\\"http://x\\\")\"}\n{\"text\": \"\"}\n");

        InProcessCli.Run(folder.Path, null, "audit", "chat.jsonl", "--csv", "out.csv");

        var lines = folder.Read("out.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("seq,id,chat,date,author,link,status,reason,score,errors,warnings,infos,rules,location", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains("'=HYPERLINK", lines[1], StringComparison.Ordinal);
        Assert.Contains(",skipped,no-text,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_of_drafts_is_audited_with_excludes_and_file_positions_in_sarif()
    {
        using var folder = new TempFolder();
        folder.Write("posts/a.md", "# Пост\n\nКак я уже писал, всё готово.\n");
        folder.Write("posts/old/b.md", "ВСЁ ПЛОХО!!!\n");

        var result = InProcessCli.Run(folder.Path, null, "audit", "posts", "--exclude", "posts/old/**", "--sarif", "out.sarif");

        Assert.Contains("read 1 = checked 1 + skipped 0 + failed 0", result.Output, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(folder.Read("out.sarif"));
        var region = document.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(3, region.GetProperty("startLine").GetInt32());
        Assert.Equal(1, region.GetProperty("startColumn").GetInt32());
    }

    [Fact]
    public void A_missing_archive_is_a_usage_error()
    {
        using var folder = new TempFolder();

        var result = InProcessCli.Run(folder.Path, null, "audit", "nothing.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nothing.json", result.Error + result.Output, StringComparison.Ordinal);
    }
}
