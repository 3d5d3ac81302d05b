using MessageLint.Core.Diagnostics;
using MessageLint.Core.Text;
using MessageLint.Formats.Tests.Support;
using MessageLint.Formats.Writers;

namespace MessageLint.Formats.Tests;

public class TextReportWriterTests
{
    private const string Escape = "\u001b";

    private static WriterOutput Write(RunResult result, bool useColor = false) => WriterOutput.Of(new TextReportWriter(useColor), result);

    private static string Underline(string text) =>
        Write(TestRun.Create().Draft("draft.txt", text).Build()).OutputLines[2];

    [Fact]
    public void A_finding_is_shown_with_its_location_source_line_underline_help_and_note()
    {
        var output = Write(TestRun.Create().Draft("drafts/en.txt", "Please send the logo ASAP.").Build());

        Assert.Equal(
            """
            drafts/en.txt:1:22: warning ML7901: Replace "ASAP" with a date the client can plan around
            1 | Please send the logo ASAP.
              |                      ^~~~
              = help: Name a date: by Friday
              = note: https://github.com/messagelint/messagelint/blob/main/rules/ML7901.md

            drafts/en.txt: score 75/100 — 1 warning (P7 75)

            1 draft checked: 0 errors, 1 warning, 0 info

            """,
            output.Output);
        Assert.Empty(output.Errors);
    }

    [Fact]
    public void The_underline_stays_under_the_span_after_emoji_and_surrogate_pairs()
    {
        // 🙂 and 👍🏽 take two columns each on a terminal, though they are 2 and 4 UTF-16 units.
        Assert.Equal("  | " + new string(' ', 20) + "^~~~", Underline("🙂👍🏽 Please send it ASAP 🙏"));
    }

    [Fact]
    public void The_location_counts_UTF16_code_units_like_editors_do()
    {
        var output = Write(TestRun.Create().Draft("draft.txt", "🙂👍🏽 Please send it ASAP 🙏").Build());

        Assert.StartsWith("draft.txt:1:23: warning ML7901:", output.OutputLines[0]);
    }

    [Fact]
    public void A_family_emoji_joined_by_zero_width_joiners_takes_two_columns()
    {
        Assert.Equal("  | " + new string(' ', 16) + "^~~~", Underline("👨‍👩‍👧 family photo ASAP."));
    }

    [Fact]
    public void Cyrillic_letters_take_one_column_each()
    {
        Assert.Equal("  | " + new string(' ', 36) + "^~~~~~", Underline("Привет! Пришлите, пожалуйста, макет срочно."));
    }

    [Fact]
    public void East_Asian_wide_characters_take_two_columns()
    {
        Assert.Equal("  | " + new string(' ', 21) + "^~~~", Underline("東京 office needs it ASAP."));
    }

    [Fact]
    public void Tabs_are_shown_as_spaces_and_counted_in_the_underline()
    {
        var lines = Write(TestRun.Create().Draft("draft.txt", "\tPlease send it ASAP.").Build()).OutputLines;

        Assert.Equal("1 |     Please send it ASAP.", lines[1]);
        Assert.Equal("  | " + new string(' ', 19) + "^~~~", lines[2]);
    }

    [Fact]
    public void A_span_that_crosses_a_line_break_is_underlined_to_the_end_of_its_first_line()
    {
        var lines = Write(TestRun.Create().Draft("draft.txt", Drafts.English).Build()).OutputLines;
        var info = Array.FindIndex(lines, l => l.Contains("info ML5902", StringComparison.Ordinal));

        Assert.Equal("draft.txt:2:28: info ML5902: \"What do you prefer\" leaves the decision to the client; recommend an option", lines[info]);
        Assert.Equal("2 | Please send the logo ASAP. What do you", lines[info + 1]);
        Assert.Equal("  | " + new string(' ', 27) + "^~~~~~~~~~~", lines[info + 2]);
    }

    [Fact]
    public void Lines_of_a_CRLF_draft_are_shown_without_carriage_returns()
    {
        var output = Write(TestRun.Create().Draft("draft.txt", Drafts.Crlf).Build());

        Assert.DoesNotContain('\r', output.Output);
        Assert.Equal("draft.txt:2:22: warning ML7901: Replace \"ASAP\" with a date the client can plan around", output.OutputLines[0]);
        Assert.Equal("2 | Second line needs it ASAP. What do you", output.OutputLines[1]);
    }

    [Fact]
    public void Line_numbers_wider_than_one_digit_widen_the_gutter()
    {
        var text = string.Concat(Enumerable.Repeat("Fine.\n", 11)) + "Send it ASAP.";
        var lines = Write(TestRun.Create().Draft("draft.txt", text).Build()).OutputLines;

        Assert.Equal("12 | Send it ASAP.", lines[1]);
        Assert.Equal("   |         ^~~~", lines[2]);
        Assert.Equal("   = help: Name a date: by Friday", lines[3]);
    }

    [Fact]
    public void Russian_findings_show_Russian_messages_and_fixes()
    {
        var output = Write(TestRun.Create().Draft("ru.txt", Drafts.Russian).Build());

        Assert.Contains("ru.txt:1:37: warning ML7901: Замените «срочно» на срок, под который клиент сможет планировать", output.OutputLines);
        Assert.Contains("  = help: Назовите срок: к пятнице", output.OutputLines);
        Assert.Contains("  = help: Предложите вариант: Предлагаю X, потому что Y", output.OutputLines);
    }

    [Fact]
    public void A_help_line_whose_title_already_quotes_the_suggested_text_says_it_once()
    {
        var output = Write(TestRun.Create().Draft("draft.txt", "I'll send it soon.").Build());

        Assert.Contains("  = help: Add a time: «… — by Friday»", output.OutputLines);
    }

    [Fact]
    public void Messages_follow_a_forced_message_language()
    {
        var output = Write(TestRun.Create().MessagesIn(MessageLanguage.Russian).Draft("en.txt", "Please send it ASAP.").Build());

        Assert.Equal("en.txt:1:16: warning ML7901: Замените «ASAP» на срок, под который клиент сможет планировать", output.OutputLines[0]);
    }

    [Fact]
    public void Suppressed_findings_are_not_shown_but_counted_in_the_draft_summary()
    {
        var output = Write(TestRun.Create().Draft("draft.txt", Drafts.Suppressed).Build());

        Assert.Single(output.OutputLines, l => l.Contains("warning ML7901", StringComparison.Ordinal));
        Assert.StartsWith("draft.txt:2:14: warning ML7901:", output.OutputLines[0]);
        Assert.Contains("draft.txt: score 75/100 — 1 warning, 1 suppressed (P7 75)", output.OutputLines);
        Assert.DoesNotContain("quoting the client's brief", output.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Hidden_findings_are_neither_shown_nor_counted()
    {
        var output = Write(TestRun.Create().WithSeverity("ML5902", Severity.Hidden).Draft("draft.txt", Drafts.English).Build());

        Assert.DoesNotContain("ML5902", output.Output, StringComparison.Ordinal);
        Assert.Equal("1 draft checked: 0 errors, 1 warning, 0 info", output.OutputLines[^1]);
    }

    [Fact]
    public void Each_draft_ends_with_its_score_and_the_principles_below_100()
    {
        var output = Write(TestRun.Create().Draft("drafts/en.txt", Drafts.English).Build());

        Assert.Contains("drafts/en.txt: score 69/100 — 1 warning, 1 info (P5 92, P7 75)", output.OutputLines);
    }

    [Fact]
    public void A_clean_draft_has_only_its_summary_line()
    {
        var output = Write(TestRun.Create().Draft("clean.txt", Drafts.Clean).Draft("clean2.txt", Drafts.Clean).Build());

        Assert.Equal(
            ["clean.txt: score 100/100 — no findings", "clean2.txt: score 100/100 — no findings", "2 drafts checked: 0 errors, 0 warnings, 0 info"],
            output.OutputLines);
    }

    [Fact]
    public void Drafts_without_a_path_are_shown_as_input()
    {
        var output = Write(TestRun.Create().Draft(null, "Please send it ASAP.").Build());

        Assert.StartsWith("<input>:1:16: warning ML7901:", output.OutputLines[0]);
        Assert.Contains("<input>: score 75/100 — 1 warning (P7 75)", output.OutputLines);
    }

    [Fact]
    public void The_last_line_counts_drafts_and_visible_findings_by_severity()
    {
        var output = Write(TestRun.Create()
            .WithSeverity("ML7901", Severity.Error)
            .Draft("a.txt", Drafts.English)
            .Draft("b.txt", Drafts.Emoji)
            .Draft("c.txt", Drafts.Suppressed)
            .Build());

        Assert.Equal("3 drafts checked: 4 errors, 0 warnings, 1 info", output.OutputLines[^1]);
    }

    [Fact]
    public void Every_count_of_one_is_singular_and_every_other_count_plural()
    {
        var one = "They wrote ASAP in the brief. [messagelint-disable-line ML7901 -- quoting the client's brief]\nPlease reply ASAP. What do you prefer?";
        var single = Write(TestRun.Create().WithSeverity("ML7901", Severity.Error).Draft("a.txt", one)
            .Problem(EngineDiagnostics.UnreadableInput, "missing.txt", "The file does not exist.").Build());
        var warning = Write(TestRun.Create().Draft("b.txt", "Send it ASAP.").Build());
        var many = Write(TestRun.Create().WithSeverity("ML7901", Severity.Error)
            .Draft("c.txt", one + " ASAP.\n[messagelint-disable-next-line ML7901 -- quoted]\nThey said ASAP.").Draft("d.txt", "ASAP, ASAP.")
            .Problem(EngineDiagnostics.UnreadableInput, "missing.txt", "The file does not exist.")
            .Problem(EngineDiagnostics.UnreadableInput, "gone.txt", "The file does not exist.").Build());

        Assert.Single(single.OutputLines, l => l.StartsWith("a.txt: score ", StringComparison.Ordinal) && l.Contains(" — 1 error, 1 info, 1 suppressed (", StringComparison.Ordinal));
        Assert.Equal("1 draft checked: 1 error, 0 warnings, 1 info; 1 problem", single.OutputLines[^1]);
        Assert.Equal("1 draft checked: 0 errors, 1 warning, 0 info", warning.OutputLines[^1]);
        Assert.Single(many.OutputLines, l => l.StartsWith("c.txt: score ", StringComparison.Ordinal) && l.Contains(" — 2 errors, 1 info, 2 suppressed (", StringComparison.Ordinal));
        Assert.Equal("2 drafts checked: 4 errors, 0 warnings, 1 info; 2 problems", many.OutputLines[^1]);
    }

    [Fact]
    public void Problems_go_to_the_error_writer_one_line_each_with_their_position()
    {
        var output = Write(Scenarios.Get("problems only"));

        Assert.Equal(
            [
                "messagelint: error ML0003: missing.txt: The file does not exist.",
                "messagelint: error ML0002: messagelint.json:3:15: Unknown profile 'chatty'.",
            ],
            output.ErrorLines);
        Assert.Equal(["0 drafts checked: 0 errors, 0 warnings, 0 info; 2 problems"], output.OutputLines);
    }

    [Fact]
    public void Colour_marks_the_location_severity_and_underline_when_enabled()
    {
        var output = Write(TestRun.Create().Draft("draft.txt", "Please send it ASAP.").Build(), useColor: true);

        Assert.Equal($"{Escape}[1mdraft.txt:1:16:{Escape}[0m {Escape}[1;33mwarning ML7901{Escape}[0m: Replace \"ASAP\" with a date the client can plan around", output.OutputLines[0]);
        Assert.Equal($"  | {new string(' ', 15)}{Escape}[33m^~~~{Escape}[0m", output.OutputLines[2]);
    }

    [Fact]
    public void Each_severity_has_its_own_colour()
    {
        var output = Write(TestRun.Create().WithSeverity("ML7901", Severity.Error).Draft("draft.txt", Drafts.English).Build(), useColor: true);

        Assert.Contains($"{Escape}[1;31merror ML7901{Escape}[0m", output.Output, StringComparison.Ordinal);
        Assert.Contains($"{Escape}[31m^~~~{Escape}[0m", output.Output, StringComparison.Ordinal);
        Assert.Contains($"{Escape}[1;36minfo ML5902{Escape}[0m", output.Output, StringComparison.Ordinal);
        Assert.Contains($"{Escape}[36m^~~~~~~~~~~{Escape}[0m", output.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_on_the_error_writer_are_coloured_too_when_enabled()
    {
        var output = Write(Scenarios.Get("problems only"), useColor: true);

        Assert.Equal($"messagelint: {Escape}[1;31merror ML0003{Escape}[0m: missing.txt: The file does not exist.", output.ErrorLines[0]);
    }

    [Fact]
    public void Without_colour_no_escape_codes_are_written()
    {
        var output = Write(Scenarios.Full());

        Assert.DoesNotContain(Escape, output.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Escape, output.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_in_a_draft_never_reach_the_terminal()
    {
        var lines = Write(TestRun.Create().Draft("draft.txt", "Please send it ASAP.\u001b[2J").Build()).OutputLines;

        Assert.Equal("1 | Please send it ASAP.\uFFFD[2J", lines[1]);
        Assert.DoesNotContain(Escape, string.Join('\n', lines), StringComparison.Ordinal);
    }

    [Fact]
    public void The_writer_reports_whether_it_colours()
    {
        Assert.True(new TextReportWriter(useColor: true).UseColor);
        Assert.False(new TextReportWriter().UseColor);
    }

    [Fact]
    public void A_lone_surrogate_is_shown_as_a_replacement_character_and_keeps_the_underline_aligned()
    {
        var lines = Write(TestRun.Create().Draft("draft.txt", "Broken \uD83D half. Send it ASAP.").Build()).OutputLines;

        Assert.Equal("1 | Broken \uFFFD half. Send it ASAP.", lines[1]);
        Assert.Equal("  | " + new string(' ', 23) + "^~~~", lines[2]);
    }
}
