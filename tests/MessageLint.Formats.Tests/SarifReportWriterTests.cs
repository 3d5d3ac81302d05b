using System.Text.Json;
using MessageLint.Core.Diagnostics;
using MessageLint.Formats.Tests.Support;
using MessageLint.Formats.Writers;

namespace MessageLint.Formats.Tests;

public class SarifReportWriterTests
{
    private static WriterOutput Write(RunResult result) => WriterOutput.Of(new SarifReportWriter(), result);

    private static JsonElement Run(RunResult result)
    {
        using var document = JsonDocument.Parse(Write(result).Output);
        return document.RootElement.GetProperty("runs")[0].Clone();
    }

    private static JsonElement[] Results(JsonElement run, string ruleId) =>
        [.. run.GetProperty("results").EnumerateArray().Where(r => r.GetProperty("ruleId").GetString() == ruleId)];

    private static JsonElement Region(JsonElement result) =>
        result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");

    private static JsonElement ArtifactLocation(JsonElement result) =>
        result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");

    [Fact]
    public void The_log_matches_the_approved_shape()
    {
        var output = Write(Scenarios.Full()).Output;
        var toolVersion = $"\"semanticVersion\": \"{RunResult.ToolVersion}\"";
        Assert.Contains(toolVersion, output, StringComparison.Ordinal);

        Approvals.Verify("SarifReport", "sarif.json", output.Replace(toolVersion, "\"semanticVersion\": \"<tool-version>\"", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Scenarios.Names), MemberType = typeof(Scenarios))]
    public void Every_log_validates_against_the_official_SARIF_schema(string scenario)
    {
        Assert.Empty(SchemaValidation.SarifErrors(Write(Scenarios.Get(scenario)).Output));
    }

    [Fact]
    public void The_official_schema_rejects_a_log_that_breaks_it()
    {
        var output = Write(TestRun.Create().Draft("en.txt", Drafts.English).Build()).Output;

        Assert.NotEmpty(SchemaValidation.SarifErrors(output.Replace("\"level\": \"warning\"", "\"level\": \"serious\"", StringComparison.Ordinal)));
        Assert.NotEmpty(SchemaValidation.SarifErrors("""{ "version": "2.1.0", "runs": [ { "tool": { } } ] }"""));
    }

    [Fact]
    public void The_log_names_the_schema_version_and_tool()
    {
        using var document = JsonDocument.Parse(Write(TestRun.Create().Build()).Output);
        var root = document.RootElement;
        var driver = root.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");

        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal("MessageLint", driver.GetProperty("name").GetString());
        Assert.Equal(RunResult.ToolVersion, driver.GetProperty("semanticVersion").GetString());
        Assert.Equal("utf16CodeUnits", root.GetProperty("runs")[0].GetProperty("columnKind").GetString());
    }

    [Fact]
    public void Every_descriptor_is_a_rule_and_each_result_points_at_its_rule()
    {
        var result = TestRun.Create().Draft("en.txt", Drafts.English).Build();
        var run = Run(result);
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");

        Assert.Equal(result.Descriptors.Select(d => d.Id), rules.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        foreach (var sarifResult in run.GetProperty("results").EnumerateArray())
        {
            var rule = rules[sarifResult.GetProperty("ruleIndex").GetInt32()];
            Assert.Equal(sarifResult.GetProperty("ruleId").GetString(), rule.GetProperty("id").GetString());
        }
    }

    [Fact]
    public void Rules_carry_their_name_descriptions_message_format_and_defaults()
    {
        var rule = Run(TestRun.Create().Build()).GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == "ML7901");

        Assert.Equal("PressureWordInsteadOfADate", rule.GetProperty("name").GetString());
        Assert.Equal("Pressure word instead of a date", rule.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal(
            "Pressure word instead of a date. Principle 7: Raise problems directly and delicately.",
            rule.GetProperty("fullDescription").GetProperty("text").GetString());
        Assert.Equal(
            "Replace \"{0}\" with a date the client can plan around",
            rule.GetProperty("messageStrings").GetProperty("default").GetProperty("text").GetString());
        Assert.Equal("https://github.com/messagelint/messagelint/blob/main/rules/ML7901.md", rule.GetProperty("helpUri").GetString());
        Assert.Equal("warning", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.True(rule.GetProperty("defaultConfiguration").GetProperty("enabled").GetBoolean());
        Assert.Equal(7, rule.GetProperty("properties").GetProperty("principle").GetInt32());
        Assert.Equal(["raise-problems"], rule.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public void Severities_map_to_SARIF_levels_and_hidden_results_are_informational()
    {
        var run = Run(Scenarios.Get("hidden"));
        var error = Results(run, "ML7901").Single();
        var hidden = Results(run, "ML5902").Single();

        Assert.Equal("error", error.GetProperty("level").GetString());
        Assert.False(error.TryGetProperty("kind", out _));
        Assert.Equal("none", hidden.GetProperty("level").GetString());
        Assert.Equal("informational", hidden.GetProperty("kind").GetString());
        Assert.Equal("note", Results(Run(TestRun.Create().Draft("en.txt", Drafts.English).Build()), "ML5902").Single().GetProperty("level").GetString());
    }

    [Fact]
    public void Regions_count_UTF16_code_units_after_surrogate_pairs()
    {
        var results = Results(Run(TestRun.Create().Draft("e.txt", Drafts.Emoji).Build()), "ML7901");
        var first = Region(results[0]);
        var second = Region(results[1]);

        Assert.Equal(1, first.GetProperty("startLine").GetInt32());
        Assert.Equal(23, first.GetProperty("startColumn").GetInt32());
        Assert.Equal(27, first.GetProperty("endColumn").GetInt32());
        Assert.Equal(22, first.GetProperty("charOffset").GetInt32());
        Assert.Equal(4, first.GetProperty("charLength").GetInt32());
        Assert.Equal("ASAP", first.GetProperty("snippet").GetProperty("text").GetString());

        // 👨‍👩‍👧 is 8 UTF-16 units: three surrogate pairs and two joiners.
        Assert.Equal(2, second.GetProperty("startLine").GetInt32());
        Assert.Equal(23, second.GetProperty("startColumn").GetInt32());
    }

    [Fact]
    public void A_region_that_crosses_a_CRLF_ends_on_the_next_line()
    {
        var region = Region(Results(Run(TestRun.Create().Draft("c.txt", Drafts.Crlf).Build()), "ML5902").Single());

        Assert.Equal(2, region.GetProperty("startLine").GetInt32());
        Assert.Equal(28, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(3, region.GetProperty("endLine").GetInt32());
        Assert.Equal(7, region.GetProperty("endColumn").GetInt32());
        Assert.Equal("What do you\r\nprefer", region.GetProperty("snippet").GetProperty("text").GetString());
    }

    [Fact]
    public void Relative_paths_are_relative_to_SRCROOT_and_percent_encoded()
    {
        var location = ArtifactLocation(Results(Run(TestRun.Create().Draft("drafts/emoji 🙂.txt", Drafts.Emoji).Build()), "ML7901")[0]);

        Assert.Equal("drafts/emoji%20%F0%9F%99%82.txt", location.GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("uriBaseId").GetString());
        Assert.Equal(0, location.GetProperty("index").GetInt32());
    }

    [Fact]
    public void Absolute_paths_become_file_URIs_without_a_base()
    {
        var run = Run(Scenarios.Get("absolute paths"));
        var artifacts = run.GetProperty("artifacts");

        Assert.Equal("file:///home/anna/%D1%87%D0%B5%D1%80%D0%BD%D0%BE%D0%B2%D0%B8%D0%BA%D0%B8/to%20client.txt", artifacts[0].GetProperty("location").GetProperty("uri").GetString());
        Assert.Equal("file:///C:/Drafts/ru.txt", artifacts[1].GetProperty("location").GetProperty("uri").GetString());
        Assert.All(artifacts.EnumerateArray(), a => Assert.False(a.GetProperty("location").TryGetProperty("uriBaseId", out _)));
    }

    [Fact]
    public void Drafts_without_a_path_are_stdin()
    {
        var location = ArtifactLocation(Results(Run(TestRun.Create().Draft(null, "Please send it ASAP.").Build()), "ML7901").Single());

        Assert.Equal("stdin", location.GetProperty("uri").GetString());
        Assert.False(location.TryGetProperty("uriBaseId", out _));
    }

    [Fact]
    public void Artifacts_are_listed_once_each_with_their_media_type()
    {
        var run = Run(TestRun.Create().Draft("a.txt", Drafts.English).Draft("notes.md", Drafts.Markdown, Core.Text.DocumentFormat.Markdown).Draft(null, Drafts.Clean).Draft(null, Drafts.Emoji).Build());
        var artifacts = run.GetProperty("artifacts").EnumerateArray().ToList();

        Assert.Equal(["a.txt", "notes.md", "stdin"], artifacts.Select(a => a.GetProperty("location").GetProperty("uri").GetString()));
        Assert.Equal(["text/plain", "text/markdown", "text/plain"], artifacts.Select(a => a.GetProperty("mimeType").GetString()));
        Assert.All(Results(run, "ML7901").Where(r => ArtifactLocation(r).GetProperty("uri").GetString() == "stdin"), r => Assert.Equal(2, ArtifactLocation(r).GetProperty("index").GetInt32()));
    }

    [Fact]
    public void Suppressed_results_carry_an_in_source_suppression_with_the_justification()
    {
        var results = Results(Run(TestRun.Create().Draft("s.txt", Drafts.Suppressed).Build()), "ML7901");
        var suppression = Assert.Single(results[0].GetProperty("suppressions").EnumerateArray());

        Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
        Assert.Equal("quoting the client's brief", suppression.GetProperty("justification").GetString());
        Assert.Empty(results[1].GetProperty("suppressions").EnumerateArray());
    }

    [Fact]
    public void A_suppression_without_justification_has_no_justification_property()
    {
        var result = Results(Run(TestRun.Create().Draft("s.txt", "Send it ASAP. [messagelint-disable-line ML7901]").Build()), "ML7901").Single();

        Assert.False(result.GetProperty("suppressions")[0].TryGetProperty("justification", out _));
    }

    [Fact]
    public void Suggestions_become_fixes_that_replace_the_span()
    {
        var results = Run(TestRun.Create().Draft("en.txt", Drafts.English).Build());
        var fix = Results(results, "ML7901").Single().GetProperty("fixes")[0];
        var change = fix.GetProperty("artifactChanges")[0];
        var replacement = change.GetProperty("replacements")[0];

        Assert.Equal("Name a date", fix.GetProperty("description").GetProperty("text").GetString());
        Assert.True(fix.GetProperty("properties").GetProperty("automatic").GetBoolean());
        Assert.Equal("en.txt", change.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(30, replacement.GetProperty("deletedRegion").GetProperty("charOffset").GetInt32());
        Assert.Equal(4, replacement.GetProperty("deletedRegion").GetProperty("charLength").GetInt32());
        Assert.Equal("by Friday", replacement.GetProperty("insertedContent").GetProperty("text").GetString());
        Assert.False(Results(results, "ML5902").Single().GetProperty("fixes")[0].GetProperty("properties").GetProperty("automatic").GetBoolean());
    }

    [Fact]
    public void Fingerprints_depend_on_the_rule_and_the_text_but_not_on_the_position()
    {
        var run = Run(TestRun.Create().Draft("a.txt", "Please send it ASAP.").Draft("b.txt", "Hi!\nWe need the photos ASAP.").Draft("ru.txt", Drafts.Russian).Build());
        var fingerprints = run.GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("partialFingerprints").GetProperty(SarifReportWriter.FingerprintKey).GetString())
            .ToList();

        Assert.Equal(fingerprints[0], fingerprints[1]);
        Assert.NotEqual(fingerprints[0], fingerprints[2]);
        Assert.Matches("^[0-9a-f]{32}$", fingerprints[0]);
        Assert.Equal(fingerprints, Run(TestRun.Create().Draft("a.txt", "Please send it ASAP.").Draft("b.txt", "Hi!\nWe need the photos ASAP.").Draft("ru.txt", Drafts.Russian).Build())
            .GetProperty("results").EnumerateArray().Select(r => r.GetProperty("partialFingerprints").GetProperty(SarifReportWriter.FingerprintKey).GetString()));
    }

    [Fact]
    public void Result_properties_hold_the_draft_score_confidence_and_evidence()
    {
        var result = Results(Run(TestRun.Create().Draft("en.txt", Drafts.English).Build()), "ML5902").Single();
        var properties = result.GetProperty("properties");

        Assert.Equal(69, properties.GetProperty("score").GetInt32());
        Assert.Equal(0.8, properties.GetProperty("confidence").GetDouble());
        Assert.Equal("en", properties.GetProperty("language").GetString());
        Assert.Equal("model", properties.GetProperty("evidence")[0].GetProperty("kind").GetString());
        Assert.Equal(0.8, properties.GetProperty("evidence")[0].GetProperty("score").GetDouble());
    }

    [Fact]
    public void Messages_are_in_the_sentence_language()
    {
        var result = Results(Run(TestRun.Create().Draft("ru.txt", Drafts.Russian).Build()), "ML7901").Single();

        Assert.Equal("Замените «срочно» на срок, под который клиент сможет планировать", result.GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public void Run_problems_become_error_notifications_and_mark_the_run_unsuccessful()
    {
        var output = Write(Scenarios.Get("problems only"));
        using var document = JsonDocument.Parse(output.Output);
        var run = document.RootElement.GetProperty("runs")[0];
        var invocation = run.GetProperty("invocations")[0];
        var notifications = invocation.GetProperty("toolExecutionNotifications");
        var descriptors = run.GetProperty("tool").GetProperty("driver").GetProperty("notifications");

        Assert.Equal(string.Empty, output.Errors);
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Equal(2, invocation.GetProperty("exitCode").GetInt32());
        Assert.Equal(2, notifications.GetArrayLength());
        Assert.All(notifications.EnumerateArray(), n => Assert.Equal("error", n.GetProperty("level").GetString()));

        var second = notifications[1];
        Assert.Equal("ML0002", second.GetProperty("descriptor").GetProperty("id").GetString());
        Assert.Equal("ML0002", descriptors[second.GetProperty("descriptor").GetProperty("index").GetInt32()].GetProperty("id").GetString());
        Assert.Equal("Unknown profile 'chatty'.", second.GetProperty("message").GetProperty("text").GetString());
        var location = second.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("messagelint.json", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(3, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(15, location.GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.False(notifications[0].GetProperty("locations")[0].GetProperty("physicalLocation").TryGetProperty("region", out _));
    }

    [Fact]
    public void A_run_without_problems_is_successful_even_with_findings()
    {
        var invocation = Run(TestRun.Create().Draft("en.txt", Drafts.English).Build()).GetProperty("invocations")[0];

        Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Equal(1, invocation.GetProperty("exitCode").GetInt32());
        Assert.Empty(invocation.GetProperty("toolExecutionNotifications").EnumerateArray());
    }

    [Fact]
    public void Run_properties_hold_every_drafts_scores()
    {
        var properties = Run(TestRun.Create().Draft("en.txt", Drafts.English).Draft(null, Drafts.Clean).Build()).GetProperty("properties");
        var drafts = properties.GetProperty("drafts");

        Assert.Equal("client-chat", properties.GetProperty("profile").GetString());
        Assert.Equal("warning", properties.GetProperty("failOn").GetString());
        Assert.Equal("en.txt", drafts[0].GetProperty("uri").GetString());
        Assert.Equal(69, drafts[0].GetProperty("score").GetInt32());
        Assert.Equal(92, drafts[0].GetProperty("principles").GetProperty("5").GetInt32());
        Assert.Equal("stdin", drafts[1].GetProperty("uri").GetString());
        Assert.Equal(100, drafts[1].GetProperty("score").GetInt32());
    }

    [Fact]
    public void Suppressed_and_hidden_results_are_kept_so_viewers_can_show_them()
    {
        var run = Run(TestRun.Create().WithSeverity("ML5902", Severity.Hidden).Draft("s.txt", Drafts.Suppressed).Draft("en.txt", Drafts.English).Build());

        Assert.Equal(3, Results(run, "ML7901").Length);
        Assert.Single(Results(run, "ML5902"));
    }

    [Fact]
    public void A_lone_surrogate_in_a_path_is_encoded_as_a_replacement_character()
    {
        var output = Write(TestRun.Create().Draft("x\uDC00.txt", "Broken \uD83D half. Send it ASAP.").Build()).Output;
        using var document = JsonDocument.Parse(output);
        var artifact = document.RootElement.GetProperty("runs")[0].GetProperty("artifacts")[0];

        Assert.Equal("x%EF%BF%BD.txt", artifact.GetProperty("location").GetProperty("uri").GetString());
        Assert.Empty(SchemaValidation.SarifErrors(output));
    }
}
