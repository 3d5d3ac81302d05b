using System.Text.Json;
using MessageLint.Cli.Tests.Support;

namespace MessageLint.Cli.Tests;

/// <summary>Custom phrase rules through `check`: found like built-in rules, refused with a position when unsafe, and never a hang.</summary>
public sealed class CustomRuleEndToEndTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_custom_rule_in_the_configuration_reports_like_a_built_in_rule()
    {
        _folder.Write("messagelint.json", """
            {
              "customRules": [
                { "id": "MLU001", "pattern": "\\bв общем и целом\\b", "message": "Скажите конкретнее", "principle": "propose", "severity": "error" }
              ]
            }
            """);
        _folder.Write("draft.txt", "Макет, в общем и целом, готов.\n");

        var result = CliProcess.Run(_folder.Path, null, "check", "draft.txt", "--format", "line");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("draft.txt:1:8: error MLU001: Скажите конкретнее\n", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_rule_in_the_configuration_reports_in_an_audit_and_survives_a_shard_merge()
    {
        _folder.Write("messagelint.json", """
            { "customRules": [ { "id": "MLU001", "pattern": "\\bбесплатно\\b", "message": "Назовите объём и цену", "principle": "state-rules" } ] }
            """);
        _folder.Write("posts.jsonl", string.Join('\n', Enumerable.Range(1, 40).Select(i => $$"""{"id": {{i}}, "text": "{{(i % 3 == 0 ? "Сделаем бесплатно." : "Макет готов, посмотрите.")}}"}""")) + "\n");

        var single = CliProcess.Run(_folder.Path, null, "audit", "posts.jsonl", "--no-ml", "--progress", "never", "--sarif", "single.sarif");
        CliProcess.Run(_folder.Path, null, "audit", "posts.jsonl", "--no-ml", "--progress", "never", "--shard", "1/2", "--json", "s1.json");
        CliProcess.Run(_folder.Path, null, "audit", "posts.jsonl", "--no-ml", "--progress", "never", "--shard", "2/2", "--json", "s2.json");
        var merged = CliProcess.Run(_folder.Path, null, "merge", "s1.json", "s2.json", "--sarif", "merged.sarif");

        Assert.Equal(1, single.ExitCode);
        Assert.Contains("by rule: MLU001 13", single.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(1, merged.ExitCode);
        Assert.Contains("\"id\": \"MLU001\"", _folder.Read("merged.sarif"), StringComparison.Ordinal);
        Assert.Equal(_folder.Read("single.sarif"), _folder.Read("merged.sarif"));
    }

    [Fact]
    public void Merge_refuses_a_configuration_it_cannot_use_instead_of_leaving_its_rules_out()
    {
        _folder.Write("posts.jsonl", "{\"id\": 1, \"text\": \"Сделаем бесплатно.\"}\n");
        CliProcess.Run(_folder.Path, null, "audit", "posts.jsonl", "--no-ml", "--progress", "never", "--shard", "1/1", "--json", "s1.json");
        _folder.Write("broken.json", """{ "customRules": [ { "id": "MLU001", "pattern": "(", "message": "x", "principle": 6 } ] }""");

        var missing = CliProcess.Run(_folder.Path, null, "merge", "s1.json", "--config", "nope.json", "--json", "merged.json");
        var broken = CliProcess.Run(_folder.Path, null, "merge", "s1.json", "--config", "broken.json", "--json", "merged.json");

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("ML0003", missing.StandardError, StringComparison.Ordinal);
        Assert.Equal(2, broken.ExitCode);
        Assert.Contains("ML0002", broken.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder.Path, "merged.json")));
    }

    [Fact]
    public void A_catastrophic_backtracking_pattern_on_a_long_draft_completes()
    {
        _folder.Write("messagelint.json", """{ "customRules": [{ "id": "MLU002", "pattern": "(a+)+$", "message": "m", "principle": 7 }] }""");
        _folder.Write("draft.txt", "Please look at " + new string('a', 100_000) + "b\n");

        var result = CliProcess.Run(_folder.Path, null, "check", "draft.txt", "--format", "line");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.StandardOutput);
    }

    [Fact]
    public void A_pattern_the_safe_engine_cannot_run_is_an_ML0002_error_at_its_line_and_column()
    {
        _folder.Write("messagelint.json", "{\n  \"customRules\": [\n    { \"id\": \"MLU003\", \"pattern\": \"(a)\\\\1\", \"message\": \"m\", \"principle\": 7 }\n  ]\n}\n");
        _folder.Write("draft.txt", Drafts.Clean);

        var result = CliProcess.Run(_folder.Path, null, "check", "draft.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error ML0002: messagelint.json:3:34: the pattern uses a construct the safe (non-backtracking) regex engine does not run", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_lists_the_custom_rules_of_the_configuration_check_would_use()
    {
        _folder.Write("messagelint.json", """
            { "customRules": [ { "id": "MLU001", "pattern": "\\bбесплатно\\b", "message": "Назовите объём и цену", "principle": "state-rules" } ] }
            """);
        _folder.Write("elsewhere/team.json", """
            { "customRules": [ { "id": "MLU007", "pattern": "\\bкороче\\b", "message": "Скажите конкретнее", "principle": "propose", "severity": "error" } ] }
            """);

        var discovered = CliProcess.Run(_folder.Path, null, "rules", "--principle", "state-rules");
        var named = CliProcess.Run(_folder.Path, null, "rules", "--config", "elsewhere/team.json", "--format", "json");

        Assert.Equal(0, discovered.ExitCode);
        Assert.Contains("  MLU001  warning  Назовите объём и цену [custom rule, messagelint.json]\n", discovered.StandardOutput, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(named.StandardOutput);
        var custom = json.RootElement.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "MLU007");
        Assert.Equal("Скажите конкретнее", custom.GetProperty("message").GetString());
        Assert.Equal("error", custom.GetProperty("defaultSeverity").GetString());
        Assert.DoesNotContain("MLU001", named.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_describes_a_custom_rule_from_its_definition()
    {
        _folder.Write("messagelint.json", """
            { "customRules": [ { "id": "MLU001", "pattern": "\\bбесплатно\\b", "message": "Назовите объём и цену", "principle": "state-rules", "languages": ["ru"] } ] }
            """);

        var result = CliProcess.Run(_folder.Path, null, "explain", "mlu001");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            """
            # MLU001: Назовите объём и цену

            A custom rule from messagelint.json (customRules); its findings say "Назовите объём и цену".

            | | |
            |---|---|
            | Principle | 6 — State your rules up front (state-rules) |
            | Severity | warning |
            | Languages | ru |
            | Pattern | `\bбесплатно\b` (case-insensitive, ё = е) |

            How custom rules work, and how to configure or suppress them: https://github.com/messagelint/messagelint/blob/main/README.md#custom-rules

            """,
            result.StandardOutput);
    }

    [Fact]
    public void Explain_of_a_custom_rule_id_without_a_configuration_says_where_custom_rules_come_from()
    {
        var result = CliProcess.Run(_folder.Path, null, "explain", "MLU001");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("messagelint: error: unknown rule 'MLU001'; custom rules come from messagelint.json, and none was found here (name one with --config)\n", result.StandardError);
    }
}
