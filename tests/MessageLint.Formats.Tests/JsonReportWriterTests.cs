using System.Text.Json;
using MessageLint.Formats.Tests.Support;
using MessageLint.Formats.Writers;

namespace MessageLint.Formats.Tests;

public class JsonReportWriterTests
{
    private static WriterOutput Write(RunResult result) => WriterOutput.Of(new JsonReportWriter(), result);

    private static JsonElement Parse(RunResult result)
    {
        using var document = JsonDocument.Parse(Write(result).Output);
        return document.RootElement.Clone();
    }

    private static JsonElement Diagnostic(JsonElement root, int draft, string ruleId, int occurrence = 0) =>
        root.GetProperty("drafts")[draft].GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("ruleId").GetString() == ruleId)
            .ElementAt(occurrence);

    [Fact]
    public void The_report_matches_the_approved_shape()
    {
        var output = Write(Scenarios.Full()).Output;
        var toolVersion = $"\"name\": \"messagelint\",\n    \"version\": \"{RunResult.ToolVersion}\"";
        Assert.Contains(toolVersion, output, StringComparison.Ordinal);

        Approvals.Verify("JsonReport", "json", output.Replace(toolVersion, "\"name\": \"messagelint\",\n    \"version\": \"<tool-version>\"", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Scenarios.Names), MemberType = typeof(Scenarios))]
    public void Every_report_validates_against_the_published_schema(string scenario)
    {
        Assert.Empty(SchemaValidation.ReportErrors(Write(Scenarios.Get(scenario)).Output));
    }

    [Fact]
    public void The_published_schema_rejects_a_report_that_breaks_it()
    {
        var broken = Write(Scenarios.Full()).Output.Replace("\"suppressed\": true,", "\"suppressed\": false,", StringComparison.Ordinal);

        Assert.NotEmpty(SchemaValidation.ReportErrors(broken));
        Assert.NotEmpty(SchemaValidation.ReportErrors("""{ "version": "1" }"""));
    }

    [Fact]
    public void Suppressed_diagnostics_are_kept_with_their_justification()
    {
        var suppressed = Diagnostic(Parse(TestRun.Create().Draft("s.txt", Drafts.Suppressed).Build()), 0, "ML7901");

        Assert.True(suppressed.GetProperty("suppressed").GetBoolean());
        Assert.Equal("quoting the client's brief", suppressed.GetProperty("justification").GetString());
        Assert.Equal(1, suppressed.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
    }

    [Fact]
    public void A_suppression_without_justification_writes_null()
    {
        var root = Parse(TestRun.Create().Draft("s.txt", "Send it ASAP. [messagelint-disable-line ML7901]").Build());

        Assert.Equal(JsonValueKind.Null, Diagnostic(root, 0, "ML7901").GetProperty("justification").ValueKind);
    }

    [Fact]
    public void Unsuppressed_diagnostics_have_no_justification_property()
    {
        var diagnostic = Diagnostic(Parse(TestRun.Create().Draft("s.txt", Drafts.Suppressed).Build()), 0, "ML7901", occurrence: 1);

        Assert.False(diagnostic.GetProperty("suppressed").GetBoolean());
        Assert.False(diagnostic.TryGetProperty("justification", out _));
    }

    [Fact]
    public void Spans_and_ranges_count_UTF16_code_units_after_emoji()
    {
        var diagnostic = Diagnostic(Parse(TestRun.Create().Draft("e.txt", Drafts.Emoji).Build()), 0, "ML7901");

        Assert.Equal(22, diagnostic.GetProperty("span").GetProperty("start").GetInt32());
        Assert.Equal(26, diagnostic.GetProperty("span").GetProperty("end").GetInt32());
        Assert.Equal(23, diagnostic.GetProperty("range").GetProperty("start").GetProperty("column").GetInt32());
        Assert.Equal(27, diagnostic.GetProperty("range").GetProperty("end").GetProperty("column").GetInt32());
        Assert.Equal("ASAP", diagnostic.GetProperty("text").GetString());
    }

    [Fact]
    public void The_text_of_a_span_is_the_raw_text_including_a_CRLF_it_crosses()
    {
        var diagnostic = Diagnostic(Parse(TestRun.Create().Draft("c.txt", Drafts.Crlf).Build()), 0, "ML5902");
        var range = diagnostic.GetProperty("range");

        Assert.Equal("What do you\r\nprefer", diagnostic.GetProperty("text").GetString());
        Assert.Equal(2, range.GetProperty("start").GetProperty("line").GetInt32());
        Assert.Equal(28, range.GetProperty("start").GetProperty("column").GetInt32());
        Assert.Equal(3, range.GetProperty("end").GetProperty("line").GetInt32());
        Assert.Equal(7, range.GetProperty("end").GetProperty("column").GetInt32());
    }

    [Fact]
    public void Fixes_evidence_and_confidence_are_written_as_the_rule_gave_them()
    {
        var root = Parse(TestRun.Create().Draft("en.txt", Drafts.English).Build());
        var pressure = Diagnostic(root, 0, "ML7901");
        var question = Diagnostic(root, 0, "ML5902");

        var fix = pressure.GetProperty("suggestions")[0];
        Assert.True(fix.GetProperty("automatic").GetBoolean());
        Assert.Equal("by Friday", fix.GetProperty("edits")[0].GetProperty("newText").GetString());
        Assert.Equal(30, fix.GetProperty("edits")[0].GetProperty("start").GetInt32());
        Assert.False(question.GetProperty("suggestions")[0].GetProperty("automatic").GetBoolean());
        Assert.Equal(0.8, question.GetProperty("confidence").GetDouble());
        Assert.Equal(0.8, question.GetProperty("evidence")[0].GetProperty("score").GetDouble());
        Assert.Equal(JsonValueKind.Null, pressure.GetProperty("evidence")[0].GetProperty("score").ValueKind);
    }

    [Fact]
    public void The_summary_counts_visible_findings_suppressed_ones_and_problems()
    {
        var summary = Parse(Scenarios.Full()).GetProperty("summary");

        Assert.Equal(7, summary.GetProperty("drafts").GetInt32());
        Assert.Equal(0, summary.GetProperty("errors").GetInt32());
        Assert.Equal(7, summary.GetProperty("warnings").GetInt32());
        Assert.Equal(3, summary.GetProperty("infos").GetInt32());
        Assert.Equal(1, summary.GetProperty("suppressed").GetInt32());
        Assert.Equal(2, summary.GetProperty("problems").GetInt32());
    }

    [Fact]
    public void The_run_header_has_profile_fail_level_and_exit_code()
    {
        var root = Parse(TestRun.Create().Draft("en.txt", Drafts.English).Build());

        Assert.Equal("1", root.GetProperty("version").GetString());
        Assert.Equal("client-chat", root.GetProperty("profile").GetString());
        Assert.Equal("warning", root.GetProperty("failOn").GetString());
        Assert.Equal(1, root.GetProperty("exitCode").GetInt32());
    }

    [Fact]
    public void Hidden_diagnostics_are_listed_with_severity_hidden_but_not_counted()
    {
        var root = Parse(Scenarios.Get("hidden"));

        Assert.Equal("hidden", Diagnostic(root, 0, "ML5902").GetProperty("severity").GetString());
        Assert.Equal(0, root.GetProperty("summary").GetProperty("infos").GetInt32());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Drafts_carry_their_language_and_every_principle_score()
    {
        var root = Parse(TestRun.Create().Draft("ru.txt", Drafts.Russian).Draft(null, Drafts.Clean).Build());
        var russian = root.GetProperty("drafts")[0];
        var principles = russian.GetProperty("score").GetProperty("principles");

        Assert.Equal("ru", russian.GetProperty("language").GetString());
        Assert.Equal(69, russian.GetProperty("score").GetProperty("overall").GetInt32());
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7"], principles.EnumerateObject().Select(p => p.Name));
        Assert.Equal(92, principles.GetProperty("5").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("drafts")[1].GetProperty("path").ValueKind);
    }

    [Fact]
    public void Problems_are_part_of_the_document_with_one_based_positions()
    {
        var output = Write(Scenarios.Get("problems only"));
        using var document = JsonDocument.Parse(output.Output);
        var problems = document.RootElement.GetProperty("problems");

        Assert.Equal(string.Empty, output.Errors);
        Assert.Equal("ML0003", problems[0].GetProperty("ruleId").GetString());
        Assert.Equal(JsonValueKind.Null, problems[0].GetProperty("line").ValueKind);
        Assert.Equal(3, problems[1].GetProperty("line").GetInt32());
        Assert.Equal(15, problems[1].GetProperty("column").GetInt32());
        Assert.Equal(2, document.RootElement.GetProperty("exitCode").GetInt32());
    }

    [Fact]
    public void Cyrillic_is_written_as_text_rather_than_escapes()
    {
        var output = Write(TestRun.Create().Draft("ru.txt", Drafts.Russian).Build()).Output;

        Assert.Contains("\"message\": \"Замените «срочно» на срок, под который клиент сможет планировать\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Property_names_are_camel_case_in_a_fixed_order()
    {
        var diagnostic = Diagnostic(Parse(TestRun.Create().Draft("s.txt", Drafts.Suppressed).Build()), 0, "ML7901");

        Assert.Equal(
            ["ruleId", "severity", "principle", "message", "language", "span", "range", "text", "confidence", "suppressed", "justification", "evidence", "suggestions", "helpUri"],
            diagnostic.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Line_ends_are_LF_and_the_document_ends_with_one()
    {
        var output = Write(Scenarios.Full()).Output;

        Assert.DoesNotContain("\r\n", output, StringComparison.Ordinal);
        Assert.EndsWith("}\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_surrogate_is_written_as_a_replacement_character_rather_than_failing()
    {
        var output = Write(TestRun.Create().Draft("x\uDC00.txt", "Broken \uD83D half. Send it ASAP.").Build()).Output;
        using var document = JsonDocument.Parse(output);

        Assert.Equal("x\uFFFD.txt", document.RootElement.GetProperty("drafts")[0].GetProperty("path").GetString());
        Assert.Empty(SchemaValidation.ReportErrors(output));
    }
}
