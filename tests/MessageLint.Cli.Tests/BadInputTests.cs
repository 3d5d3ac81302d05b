using MessageLint.Cli.Tests.Support;

namespace MessageLint.Cli.Tests;

/// <summary>Inputs that are not drafts give one clear line and exit 2; the other inputs of the run are still checked.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, byte[], string> BadFiles() => new()
    {
        { "invalid.txt", [0x48, 0x69, 0x20, 0xC3, 0x28, 0x0A], "is not valid UTF-8 (bad byte 0xC3 at offset 3, line 1); save it as UTF-8" },
        { "binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01], "looks like a binary file (it contains NUL bytes), not a text draft" },
        { "empty.txt", [], "is empty: there is nothing to check" },
        { "blank.md", [0x20, 0x0A, 0x0A], "is empty: there is nothing to check" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void A_bad_file_gives_one_line_and_exit_2_while_good_inputs_are_still_reported(string name, byte[] bytes, string reason)
    {
        _folder.WriteBytes(name, bytes);
        _folder.Write("good.txt", Drafts.BluntEnglish);

        var result = CliProcess.Run(_folder.Path, null, "check", name, "good.txt", "--format", "line");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"messagelint: error ML0004: {name}: {reason}\n", result.StandardError);
        Assert.StartsWith("good.txt:1:1: warning ML7001:", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_reported_and_the_others_are_checked()
    {
        _folder.Write("good.txt", Drafts.BluntEnglish);

        var result = CliProcess.Run(_folder.Path, null, "check", "missing.txt", "good.txt", "--format", "line");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("messagelint: error ML0003: missing.txt: file not found\n", result.StandardError);
        Assert.Contains("good.txt:1:1: warning ML7001:", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_drafts_is_an_input_error()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "empty-folder"));

        var result = CliProcess.Run(_folder.Path, null, "check", "empty-folder");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("messagelint: error ML0003: empty-folder: folder has no drafts (.md, .markdown, .txt, .text, .eml)\n", result.StandardError);
    }

    [Fact]
    public void A_twenty_megabyte_single_line_file_is_refused_before_it_is_read()
    {
        var path = Path.Combine(_folder.Path, "huge.txt");
        using (var stream = File.Create(path))
        {
            var line = new byte[1024 * 1024];
            Array.Fill(line, (byte)'a');
            for (var i = 0; i < 20; i++)
            {
                stream.Write(line);
            }
        }

        var result = CliProcess.Run(_folder.Path, null, "check", "huge.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("messagelint: error ML0004: huge.txt: is 20.0 MB; drafts larger than 2.0 MB are not checked (raise --max-size if it really is one message)\n", result.StandardError);
    }

    [Fact]
    public void Oversized_standard_input_is_refused()
    {
        var result = CliProcess.Run(_folder.Path, new string('a', 3000), "check", "-", "--max-size", "1000");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("messagelint: error ML0004: <stdin>: is larger than 1000 bytes; drafts that large are not checked (raise --max-size if it really is one message)\n", result.StandardError);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_without_a_stack_trace()
    {
        var result = CliProcess.Run(_folder.Path, null, "check", "--no-such-option");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("messagelint: error: Unrecognized option '--no-such-option'", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("Run 'messagelint check --help' for usage.", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check", "--formt", "--format")]
    [InlineData("check", "--fail-level", "--fail-on")]
    [InlineData("merge", "--report-folder", "--report-dir")]
    [InlineData("audit", "--jsonn", "--json")]
    [InlineData("evaluate", "--foldz", "--folds")]
    public void A_mistyped_option_names_the_option_meant(string command, string typo, string meant)
    {
        var result = CliProcess.Run(_folder.Path, null, command, typo, "x");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"messagelint: error: Unrecognized option '{typo}'. Did you mean '{meant}'?", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_whose_name_starts_with_a_dash_is_still_a_file()
    {
        _folder.Write("-draft.txt", Drafts.Clean);

        var result = CliProcess.Run(_folder.Path, null, "check", "--", "-draft.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("Unrecognized", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_option_value_is_a_usage_error()
    {
        var result = CliProcess.Run(_folder.Path, null, "check", "--format", "xml", "x.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("xml", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_profile_is_a_usage_error()
    {
        _folder.Write("draft.txt", Drafts.Clean);

        var result = CliProcess.Run(_folder.Path, null, "check", "draft.txt", "--profile", "no-such-profile");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("messagelint: error: unknown profile 'no-such-profile'", result.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("2MB")]
    [InlineData("1.5")]
    public void A_max_size_that_is_not_a_number_of_bytes_is_named_in_plain_words(string value)
    {
        _folder.Write("good.txt", Drafts.BluntEnglish);

        var result = CliProcess.Run(_folder.Path, null, "check", "good.txt", "--max-size", value);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"messagelint: error: --max-size: '{value}' is not a number of bytes\nRun 'messagelint check --help' for usage.\n", result.StandardError);
        Assert.DoesNotContain("System.", result.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("2MB")]
    public void An_audit_max_size_that_is_not_a_number_of_bytes_is_named_in_plain_words(string value)
    {
        _folder.Write("good.txt", Drafts.BluntEnglish);

        var result = CliProcess.Run(_folder.Path, null, "audit", "good.txt", "--max-size", value);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"messagelint: error: --max-size: '{value}' is not a number of bytes\nRun 'messagelint audit --help' for usage.\n", result.StandardError);
    }

    [Theory]
    [InlineData("-o", "blocker/reports", "blocker/reports/audit.json: {0}/blocker is a file, not a folder")]
    [InlineData("--html", "blocker/report.html", "blocker/report.html: {0}/blocker is a file, not a folder")]
    [InlineData("--sarif", "reports", "reports: that is a folder; name a file")]
    public void An_audit_report_that_cannot_be_created_is_named_with_the_reason_before_anything_is_read(string option, string target, string reason)
    {
        _folder.Write("good.txt", Drafts.BluntEnglish);
        _folder.Write("blocker", "a file where a folder should be\n");
        Directory.CreateDirectory(Path.Combine(_folder.Path, "reports"));

        var result = CliProcess.Run(_folder.Path, null, "audit", "good.txt", option, target);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"messagelint: error: cannot create the report {_folder.Path}/{string.Format(reason, _folder.Path)}\n", result.StandardError);
        Assert.Empty(result.StandardOutput);
    }

    [Fact]
    public void A_check_output_under_a_file_names_the_file_in_the_way()
    {
        _folder.Write("good.txt", Drafts.BluntEnglish);
        _folder.Write("blocker", "a file where a folder should be\n");

        var result = CliProcess.Run(_folder.Path, null, "check", "good.txt", "--format", "sarif", "--output", "blocker/out.sarif");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"messagelint: error: cannot write blocker/out.sarif: {_folder.Path}/blocker is a file, not a folder\n", result.StandardError, StringComparison.Ordinal);
    }
}
