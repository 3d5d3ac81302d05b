using MessageLint.Core.Diagnostics;
using MessageLint.Formats.Tests.Support;
using MessageLint.Formats.Writers;

namespace MessageLint.Formats.Tests;

public class LineReportWriterTests
{
    private static WriterOutput Write(RunResult result) => WriterOutput.Of(new LineReportWriter(), result);

    [Fact]
    public void Each_visible_finding_is_one_line_of_path_position_severity_id_and_message()
    {
        var output = Write(TestRun.Create()
            .Draft("drafts/en.txt", Drafts.English)
            .Draft("drafts/ru.txt", Drafts.Russian)
            .Draft("drafts/emoji.txt", Drafts.Emoji)
            .Draft("drafts/crlf.txt", Drafts.Crlf)
            .Draft(null, "Please send it ASAP.")
            .Build());

        Assert.Equal(
            """
            drafts/en.txt:2:22: warning ML7901: Replace "ASAP" with a date the client can plan around
            drafts/en.txt:2:28: info ML5902: "What do you prefer" leaves the decision to the client; recommend an option
            drafts/ru.txt:1:37: warning ML7901: Замените «срочно» на срок, под который клиент сможет планировать
            drafts/ru.txt:2:1: info ML5902: «Как вам удобнее» перекладывает решение на клиента; порекомендуйте вариант
            drafts/emoji.txt:1:23: warning ML7901: Replace "ASAP" with a date the client can plan around
            drafts/emoji.txt:2:23: warning ML7901: Replace "ASAP" with a date the client can plan around
            drafts/crlf.txt:2:22: warning ML7901: Replace "ASAP" with a date the client can plan around
            drafts/crlf.txt:2:28: info ML5902: "What do you prefer" leaves the decision to the client; recommend an option
            <input>:1:16: warning ML7901: Replace "ASAP" with a date the client can plan around

            """,
            output.Output);
        Assert.Empty(output.Errors);
    }

    [Fact]
    public void Messages_that_quote_a_line_break_stay_on_one_line()
    {
        // The CRLF draft's ML5902 message quotes "What do you\r\nprefer".
        var lines = Write(TestRun.Create().Draft("crlf.txt", Drafts.Crlf).Build()).OutputLines;

        Assert.Equal(2, lines.Length);
        Assert.Equal("crlf.txt:2:28: info ML5902: \"What do you prefer\" leaves the decision to the client; recommend an option", lines[1]);
        Assert.DoesNotContain(lines, l => l.Contains('\r', StringComparison.Ordinal));
    }

    [Fact]
    public void Suppressed_and_hidden_findings_are_left_out()
    {
        var output = Write(TestRun.Create()
            .WithSeverity("ML5902", Severity.Hidden)
            .Draft("suppressed.txt", Drafts.Suppressed)
            .Draft("en.txt", Drafts.English)
            .Build());

        Assert.Equal(
            [
                "suppressed.txt:2:14: warning ML7901: Replace \"ASAP\" with a date the client can plan around",
                "en.txt:2:22: warning ML7901: Replace \"ASAP\" with a date the client can plan around",
            ],
            output.OutputLines);
    }

    [Fact]
    public void Checking_the_same_drafts_twice_writes_the_same_output()
    {
        var first = Write(Scenarios.Full());
        var second = Write(Scenarios.Full());

        Assert.Equal(first, second);
        Assert.Equal(10, first.OutputLines.Length);
    }

    [Fact]
    public void A_clean_run_writes_nothing()
    {
        var output = Write(TestRun.Create().Draft("clean.txt", Drafts.Clean).Build());

        Assert.Equal(string.Empty, output.Output);
        Assert.Equal(string.Empty, output.Errors);
    }

    [Fact]
    public void Problems_go_to_the_error_writer_and_nothing_else_to_the_output()
    {
        var output = Write(Scenarios.Get("problems only"));

        Assert.Equal(string.Empty, output.Output);
        Assert.Equal(
            [
                "messagelint: error ML0003: missing.txt: The file does not exist.",
                "messagelint: error ML0002: messagelint.json:3:15: Unknown profile 'chatty'.",
            ],
            output.ErrorLines);
    }

    [Fact]
    public void Every_output_line_has_the_stable_shape()
    {
        var shape = new System.Text.RegularExpressions.Regex(@"^[^\r\n]+:\d+:\d+: (error|warning|info) ML\d{4}: [^\r\n]+$");

        Assert.All(Write(Scenarios.Full()).OutputLines, line => Assert.Matches(shape, line));
    }

    [Fact]
    public void Paths_with_line_breaks_or_control_characters_stay_on_one_line()
    {
        var lines = Write(TestRun.Create().Draft("odd\nname\u001b.txt", "Please send it ASAP.").Build()).OutputLines;

        Assert.Equal(["odd name\uFFFD.txt:1:16: warning ML7901: Replace \"ASAP\" with a date the client can plan around"], lines);
    }
}
