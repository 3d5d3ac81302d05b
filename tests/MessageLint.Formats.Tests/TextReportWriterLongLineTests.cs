using MessageLint.Formats.Tests.Support;
using MessageLint.Core.Text;
using MessageLint.Formats.Tests.TestRules;
using MessageLint.Formats.Writers;

namespace MessageLint.Formats.Tests;

/// <summary>
/// A chat paste is often one line of many kilobytes: the text format shows a window of about 120 columns
/// around each span, with "…" on the cut sides, instead of the whole line under every finding.
/// </summary>
public class TextReportWriterLongLineTests
{
    private static string[] Lines(string text) =>
        WriterOutput.Of(new TextReportWriter(), TestRun.Create().Draft("draft.txt", text).Build()).OutputLines;

    [Fact]
    public void A_span_in_the_middle_of_a_long_line_is_shown_in_a_window_cut_on_both_sides()
    {
        var before = string.Concat(Enumerable.Repeat("The layout is ready. ", 20));
        var after = string.Concat(Enumerable.Repeat(" Thanks again.", 20));
        var lines = Lines(before + "Send the texts ASAP." + after);

        // ASAP takes 4 of the 120 columns; the other 116 are shared, 58 before and 58 after.
        Assert.Equal("draft.txt:1:436: warning ML7901: Replace \"ASAP\" with a date the client can plan around", lines[0]);
        Assert.Equal("1 | …" + (before + "Send the texts ")[^58..] + "ASAP" + ("." + after)[..58] + "…", lines[1]);
        Assert.Equal("1 | … The layout is ready. The layout is ready. Send the texts ASAP. Thanks again. Thanks again. Thanks again. Thanks again. …", lines[1]);
        Assert.Equal("  | " + new string(' ', 59) + "^~~~", lines[2]);
    }

    [Fact]
    public void Cyrillic_text_in_a_long_line_keeps_one_column_per_letter()
    {
        var before = string.Concat(Enumerable.Repeat("Макет готов. ", 30));
        var after = string.Concat(Enumerable.Repeat(" Спасибо.", 30));
        var lines = Lines(before + "Пришлите тексты срочно." + after);

        // «срочно» takes 6 columns; 57 before it and 57 after.
        Assert.Equal("1 | …" + (before + "Пришлите тексты ")[^57..] + "срочно" + ("." + after)[..57] + "…", lines[1]);
        Assert.Equal("  | " + new string(' ', 58) + "^~~~~~", lines[2]);
    }

    [Fact]
    public void Emoji_in_a_long_line_take_two_columns_and_are_never_split()
    {
        var lines = Lines(string.Concat(Enumerable.Repeat("🙂", 100)) + " ASAP " + string.Concat(Enumerable.Repeat("👍🏽", 100)));

        // 58 columns before: the space and 28 emoji (57), as a 29th would need 59; the 59 after take the rest.
        Assert.Equal("draft.txt:1:202: warning ML7901: Replace \"ASAP\" with a date the client can plan around", lines[0]);
        Assert.Equal("1 | …" + string.Concat(Enumerable.Repeat("🙂", 28)) + " ASAP " + string.Concat(Enumerable.Repeat("👍🏽", 29)) + "…", lines[1]);
        Assert.Equal("  | " + new string(' ', 58) + "^~~~", lines[2]);
    }

    [Fact]
    public void Family_emoji_joined_by_zero_width_joiners_stay_whole_at_the_cut()
    {
        var family = "👨‍👩‍👧";
        var lines = Lines(string.Concat(Enumerable.Repeat(family, 60)) + " ASAP." + string.Concat(Enumerable.Repeat(" ok", 60)));

        // Reading back from the span starts inside the line's first family (8 UTF-16 units each); that fragment is never shown.
        Assert.Equal("1 | …" + string.Concat(Enumerable.Repeat(family, 28)) + " ASAP." + string.Concat(Enumerable.Repeat(" ok", 19)) + " …", lines[1]);
        Assert.Equal("  | " + new string(' ', 58) + "^~~~", lines[2]);
    }

    [Fact]
    public void Tabs_in_a_long_line_are_expanded_and_counted_before_the_underline()
    {
        var lines = Lines("\tSend it ASAP." + string.Concat(Enumerable.Repeat(" Thanks.", 40)));

        // The line starts inside the window, so nothing is cut before it and the rest goes after the span.
        Assert.Equal("1 |     Send it ASAP." + string.Concat(Enumerable.Repeat(" Thanks.", 40))[..103] + "…", lines[1]);
        Assert.Equal("  | " + new string(' ', 12) + "^~~~", lines[2]);
    }

    [Fact]
    public void A_span_near_the_end_of_a_long_line_gives_the_unused_columns_to_the_text_before_it()
    {
        var before = string.Concat(Enumerable.Repeat("Everything is fine. ", 20));
        var lines = Lines(before + "Send it ASAP.");

        Assert.Equal("1 | …" + (before + "Send it ")[^115..] + "ASAP.", lines[1]);
        Assert.Equal("  | " + new string(' ', 116) + "^~~~", lines[2]);
    }

    [Fact]
    public void A_span_wider_than_the_window_is_shown_from_its_start_and_cut()
    {
        var gap = string.Concat(Enumerable.Repeat(" ", 200));
        var lines = Lines("Hello there, I have a question for you. What" + gap + "do you prefer?");
        var info = Array.FindIndex(lines, l => l.Contains("info ML5902", StringComparison.Ordinal));

        // 16 columns of context, then 104 of the span and "…", all underlined.
        Assert.Equal("1 | …estion for you. What" + new string(' ', 100) + "…", lines[info + 1]);
        Assert.Equal("  | " + new string(' ', 17) + "^" + new string('~', 104), lines[info + 2]);
    }

    [Fact]
    public void A_message_that_quotes_a_long_span_quotes_its_start()
    {
        var gap = string.Concat(Enumerable.Repeat(" ", 200));
        var lines = Lines("What" + gap + "do you prefer?");

        Assert.Equal("draft.txt:1:1: info ML5902: \"What" + new string(' ', 55) + "…\" leaves the decision to the client; recommend an option", lines[0]);
    }

    [Fact]
    public void A_line_of_120_columns_is_shown_whole()
    {
        var text = "Send it ASAP." + new string('.', 107);
        var lines = Lines(text);

        Assert.Equal("1 | " + text, lines[1]);
        Assert.Equal("  | " + new string(' ', 8) + "^~~~", lines[2]);
    }

    [Fact]
    public void Output_grows_with_the_findings_not_with_the_length_of_their_line()
    {
        var line = string.Concat(Enumerable.Repeat("Please send the texts ASAP, thank you. ", 2000));
        var output = WriterOutput.Of(new TextReportWriter(), TestRun.Create().Draft("draft.txt", line).Build());

        var sourceLines = output.OutputLines.Where(l => l.StartsWith("1 | ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2000, sourceLines.Count);
        Assert.All(sourceLines, l => Assert.InRange(l.Length, 100, 130));
        Assert.InRange(output.Output.Length, 0, 2000 * 600);
    }

    [Theory]
    [InlineData("We will publish it eventually.", MessageLanguage.English)]
    [InlineData("Опубликуем когда-нибудь, не переживайте.", MessageLanguage.Russian)]
    public void A_help_text_wider_than_a_line_wraps_at_spaces_onto_indented_lines_and_keeps_every_word(string draft, MessageLanguage language)
    {
        var lines = Lines(draft);
        var advice = UrgencyTestRule.LongAdvice(language);

        var start = Array.FindIndex(lines, l => l.StartsWith("  = help: ", StringComparison.Ordinal));
        var continuation = lines.Skip(start + 1).TakeWhile(l => l.StartsWith("          ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(continuation);
        Assert.All(continuation, l => Assert.False(char.IsWhiteSpace(l["          ".Length]), l));
        Assert.All(continuation.Prepend(lines[start]), l => Assert.True(DisplayWidthOf(l) <= 130, l));
        Assert.Equal(advice, string.Join(' ', continuation.Select(l => l.Trim()).Prepend(lines[start]["  = help: ".Length..])));
        Assert.Equal("  = note: " + UrgencyTestRule.PressureWord.HelpUri, lines[start + 1 + continuation.Count]);
    }

    [Fact]
    public void A_help_text_longer_than_four_lines_shows_four_and_ends_the_fourth_in_an_ellipsis()
    {
        var lines = Lines("We will publish it someday.");

        var help = lines.SkipWhile(l => !l.StartsWith("  = help: ", StringComparison.Ordinal)).TakeWhile(l => !l.StartsWith("  = note: ", StringComparison.Ordinal)).ToList();

        Assert.Equal(4, help.Count);
        Assert.EndsWith("…", help[3], StringComparison.Ordinal);
        Assert.All(help, l => Assert.True(DisplayWidthOf(l) <= 130, l));
    }

    private static int DisplayWidthOf(string line) => new System.Globalization.StringInfo(line).LengthInTextElements;
}
