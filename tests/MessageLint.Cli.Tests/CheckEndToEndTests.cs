using System.Text.Json;
using MessageLint.Cli.Tests.Support;

namespace MessageLint.Cli.Tests;

/// <summary>`messagelint check` run as a real process: exit codes, inputs, formats, configuration.</summary>
public sealed class CheckEndToEndTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_draft_with_findings_exits_with_1_and_lists_them_in_line_format()
    {
        _folder.Write("draft.txt", Drafts.Blunt);

        var result = CliProcess.Run(_folder.Path, null, "check", "draft.txt", "--format", "line");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "draft.txt:1:1: warning ML7001: Упрёк или обвинение: скажите, что нужно и к какому сроку, без упрёка и давления\n"
            + "draft.txt:2:16: warning ML7001: Восклицательные знаки подряд: скажите, что нужно и к какому сроку, без упрёка и давления\n",
            result.StandardOutput);
        Assert.Equal(string.Empty, result.StandardError);
    }

    [Fact]
    public void A_clean_draft_exits_with_0()
    {
        _folder.Write("clean.md", Drafts.Clean);

        var result = CliProcess.Run(_folder.Path, null, "check", "clean.md", "--format", "line");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.StandardOutput);
    }

    [Fact]
    public void Text_output_underlines_the_span_and_shows_the_score()
    {
        _folder.Write("draft.txt", Drafts.BluntEnglish);

        // Heuristics only, so the score is the formula's for one full-confidence warning; the model would move it.
        var result = CliProcess.Run(_folder.Path, null, "check", "draft.txt", "--no-ml");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("draft.txt:1:1: warning ML7001:", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("As I already said, the mockups are ready.", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("^~~~~~~~~~~~~~~~", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("75/100", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Colour_is_used_only_when_asked_for_or_on_a_terminal()
    {
        _folder.Write("draft.txt", Drafts.BluntEnglish);

        var always = CliProcess.Run(_folder.Path, null, "check", "draft.txt", "--color", "always");
        var piped = CliProcess.Run(_folder.Path, null, "check", "draft.txt");

        Assert.Contains("\u001b[", always.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", piped.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_is_read_with_a_dash_and_when_no_input_is_given()
    {
        var dash = CliProcess.Run(_folder.Path, Drafts.BluntEnglish, "check", "-", "--format", "line");
        var implicitStdin = CliProcess.Run(_folder.Path, Drafts.BluntEnglish, "check", "--format", "line");

        Assert.Equal(1, dash.ExitCode);
        Assert.StartsWith("<stdin>:1:1: warning ML7001:", dash.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(dash.StandardOutput, implicitStdin.StandardOutput);
    }

    [Fact]
    public void Text_given_on_the_command_line_is_checked()
    {
        var result = CliProcess.Run(_folder.Path, null, "check", "--text", "Send the logo files!!!", "--format", "line");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("<text>:1:20: warning ML7001: A run of exclamation marks: say what is needed and by when, without blame or pressure\n", result.StandardOutput);
    }

    [Fact]
    public void Folders_and_globs_expand_to_drafts_in_a_stable_order()
    {
        _folder.Write("drafts/b.md", Drafts.BluntEnglish);
        _folder.Write("drafts/a.txt", Drafts.BluntEnglish);
        _folder.Write("drafts/nested/c.md", Drafts.BluntEnglish);
        _folder.Write("drafts/image.png", "not a draft");

        var folder = CliProcess.Run(_folder.Path, null, "check", "drafts", "--format", "line");
        var glob = CliProcess.Run(_folder.Path, null, "check", "drafts/**/*.md", "--format", "line");

        Assert.Equal(
            ["drafts/a.txt", "drafts/b.md", "drafts/nested/c.md"],
            folder.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(':')[0]));
        Assert.Equal(
            ["drafts/b.md", "drafts/nested/c.md"],
            glob.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(':')[0]));
    }

    [Fact]
    public void A_glob_that_matches_nothing_is_an_input_error()
    {
        var result = CliProcess.Run(_folder.Path, null, "check", "nothing/*.md");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("messagelint: error ML0003: nothing/*.md: no files match this pattern\n", result.StandardError);
    }

    [Fact]
    public void Fail_on_error_lets_warnings_pass()
    {
        _folder.Write("draft.txt", Drafts.BluntEnglish);

        var result = CliProcess.Run(_folder.Path, null, "check", "draft.txt", "--fail-on", "error", "--format", "line");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("ML7001", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_parses_and_carries_scores()
    {
        _folder.Write("draft.txt", Drafts.Blunt);

        var result = CliProcess.Run(_folder.Path, null, "check", "draft.txt", "--format", "json", "--no-ml");

        using var json = JsonDocument.Parse(result.StandardOutput);
        var draft = json.RootElement.GetProperty("drafts")[0];
        Assert.Equal("draft.txt", draft.GetProperty("path").GetString());
        Assert.Equal(2, draft.GetProperty("diagnostics").GetArrayLength());
        Assert.Equal(56, draft.GetProperty("score").GetProperty("overall").GetInt32());
    }

    [Fact]
    public void Sarif_output_parses_and_names_the_rule()
    {
        _folder.Write("draft.txt", Drafts.BluntEnglish);

        var result = CliProcess.Run(_folder.Path, null, "check", "draft.txt", "--format", "sarif");

        using var json = JsonDocument.Parse(result.StandardOutput);
        Assert.Equal("2.1.0", json.RootElement.GetProperty("version").GetString());
        var run = json.RootElement.GetProperty("runs")[0];
        Assert.Equal("ML7001", run.GetProperty("results")[0].GetProperty("ruleId").GetString());
    }

    [Fact]
    public void The_report_can_be_written_to_a_file()
    {
        _folder.Write("draft.txt", Drafts.BluntEnglish);

        var result = CliProcess.Run(_folder.Path, null, "check", "draft.txt", "--format", "sarif", "--output", "out/report.sarif");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.StandardOutput);
        using var json = JsonDocument.Parse(_folder.Read("out/report.sarif"));
        Assert.Equal("2.1.0", json.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public void Fix_rewrites_only_automatic_fixes_in_the_file()
    {
        _folder.Write("draft.txt", "Пришлите тексты!!!\nКак я уже писал, макет готов.\n");

        var result = CliProcess.Run(_folder.Path, null, "check", "draft.txt", "--fix", "--format", "line");

        Assert.Equal("Пришлите тексты.\nКак я уже писал, макет готов.\n", _folder.Read("draft.txt"));
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("draft.txt:2:1: warning ML7001: Упрёк или обвинение: скажите, что нужно и к какому сроку, без упрёка и давления\n", result.StandardOutput);
    }

    [Fact]
    public void Fix_on_standard_input_prints_the_fixed_draft_and_reports_on_stderr()
    {
        var result = CliProcess.Run(_folder.Path, "PLEASE SEND THE FILES TODAY\n", "check", "-", "--fix", "--format", "line");

        Assert.Equal("Please send the files today\n", result.StandardOutput);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Fix_says_on_stderr_how_many_findings_it_fixed_in_each_file()
    {
        _folder.Write("one.txt", "Пришлите тексты!!!\nКак я уже писал, макет готов.\n");
        _folder.Write("two.txt", "PLEASE SEND THE FILES TODAY!!!\n");
        _folder.Write("clean.txt", Drafts.Clean);

        var result = CliProcess.Run(_folder.Path, null, "check", "one.txt", "two.txt", "clean.txt", "--fix", "--format", "line");

        Assert.Equal("fixed 1 finding in one.txt\nfixed 2 findings in two.txt\n", result.StandardError);
        Assert.Equal("Please send the files today.\n", _folder.Read("two.txt"));
    }

    [Fact]
    public void Fix_keeps_json_on_stdout_clean_and_reports_what_it_fixed_on_stderr()
    {
        _folder.Write("draft.txt", "Пришлите тексты!!!\n");

        var result = CliProcess.Run(_folder.Path, null, "check", "draft.txt", "--fix", "--format", "json");

        using var json = JsonDocument.Parse(result.StandardOutput);
        Assert.Equal("fixed 1 finding in draft.txt\n", result.StandardError);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Fix_on_a_long_one_line_draft_rewrites_the_whole_line_while_the_report_shows_a_window()
    {
        var line = string.Concat(Enumerable.Repeat("Привет, макет готов, посмотрите. ", 20)) + "ПРИШЛИТЕ ТЕКСТЫ ДЛЯ ГЛАВНОЙ СТРАНИЦЫ СЕГОДНЯ!!! " + string.Concat(Enumerable.Repeat("Спасибо, хорошего дня. ", 20));
        _folder.Write("draft.txt", line + "\n");
        _folder.Write("report.txt", line + "\n");

        var fix = CliProcess.Run(_folder.Path, null, "check", "draft.txt", "--fix", "--no-ml");
        var report = CliProcess.Run(_folder.Path, null, "check", "report.txt", "--no-ml");

        Assert.Equal(line.Replace("ПРИШЛИТЕ ТЕКСТЫ ДЛЯ ГЛАВНОЙ СТРАНИЦЫ СЕГОДНЯ!!!", "Пришлите тексты для главной страницы сегодня.", StringComparison.Ordinal) + "\n", _folder.Read("draft.txt"));
        Assert.Equal("fixed 2 findings in draft.txt\n", fix.StandardError);
        var shown = report.StandardOutput.Split('\n');
        Assert.All(shown, l => Assert.True(l.Length <= 140, $"too long: {l.Length} characters"));
        Assert.Contains("1 | …", report.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("report.txt:1:661: warning ML7001:", report.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Lang_takes_every_sentence_as_that_language_for_messages_while_the_other_languages_phrases_still_match()
    {
        var english = CliProcess.Run(_folder.Path, null, "check", "--text", "Как я уже писал, макет готов.", "--lang", "en", "--format", "line", "--no-ml");
        var russian = CliProcess.Run(_folder.Path, null, "check", "--text", "As I already said, the mockups are ready.", "--lang", "ru", "--format", "line", "--no-ml");

        Assert.Equal("<text>:1:1: warning ML7001: Blame or reproach: say what is needed and by when, without blame or pressure\n", english.StandardOutput);
        Assert.Equal("<text>:1:1: warning ML7001: Упрёк или обвинение: скажите, что нужно и к какому сроку, без упрёка и давления\n", russian.StandardOutput);
    }

    [Fact]
    public void A_long_help_text_wraps_onto_indented_lines_and_loses_no_word()
    {
        _folder.Write("draft.txt", "The homepage is ready. Our last client was a total idiot, so I hope you are better.\n");

        var text = CliProcess.Run(_folder.Path, null, "check", "draft.txt", "--format", "text", "--color", "never").StandardOutput.Split('\n');
        var json = CliProcess.Run(_folder.Path, null, "check", "draft.txt", "--format", "json").StandardOutput;

        var titles = JsonDocument.Parse(json).RootElement.GetProperty("drafts")[0].GetProperty("diagnostics").EnumerateArray()
            .SelectMany(d => d.GetProperty("suggestions").EnumerateArray()).Select(s => s.GetProperty("title").GetString()!).ToList();
        var longest = titles.OrderByDescending(t => t.Length).First();
        Assert.True(longest.Length > 120, longest);
        var start = Array.FindIndex(text, line => line.StartsWith("  = help: " + longest[..20], StringComparison.Ordinal));
        Assert.True(start >= 0, string.Join('\n', text));
        var continuation = text.Skip(start + 1).TakeWhile(line => line.StartsWith("          ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(continuation);
        Assert.Equal(longest, string.Join(' ', continuation.Select(l => l.Trim()).Prepend(text[start]["  = help: ".Length..])));
    }
}
