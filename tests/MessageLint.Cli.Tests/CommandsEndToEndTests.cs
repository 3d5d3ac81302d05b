using MessageLint.Cli.Tests.Support;

namespace MessageLint.Cli.Tests;

/// <summary>`rules`, `explain`, `--version` and `--help` as users see them.</summary>
public sealed class CommandsEndToEndTests
{
    private static readonly string WorkingDirectory = Path.GetTempPath();

    [Fact]
    public void Version_prints_the_tool_version()
    {
        var result = CliProcess.Run(WorkingDirectory, null, "--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.StandardOutput);
    }

    [Theory]
    [InlineData("help-root.txt", new[] { "--help" })]
    [InlineData("help-check.txt", new[] { "check", "--help" })]
    [InlineData("help-rules.txt", new[] { "rules", "--help" })]
    [InlineData("help-explain.txt", new[] { "explain", "--help" })]
    [InlineData("help-lsp.txt", new[] { "lsp", "--help" })]
    public void Help_matches_the_approved_text(string approvedFile, string[] arguments)
    {
        var result = CliProcess.Run(WorkingDirectory, null, arguments);

        Assert.Equal(0, result.ExitCode);
        Approval.Verify(approvedFile, result.StandardOutput);
    }

    [Fact]
    public void Rules_lists_the_catalogue_by_principle()
    {
        var result = CliProcess.Run(WorkingDirectory, null, "rules");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("7 — Raise problems directly and delicately (raise-problems)", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("ML7001  warning  Problem raised bluntly", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_filters_by_principle_and_rejects_unknown_ones()
    {
        var filtered = CliProcess.Run(WorkingDirectory, null, "rules", "--principle", "3", "--format", "json");
        var unknown = CliProcess.Run(WorkingDirectory, null, "rules", "--principle", "12");

        Assert.Equal(0, filtered.ExitCode);
        Assert.DoesNotContain("ML7001", filtered.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
    }

    [Fact]
    public void Explain_prints_the_rule_doc()
    {
        var result = CliProcess.Run(WorkingDirectory, null, "explain", "ml7001");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# ML7001: Problem raised bluntly", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("## How to fix", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_rejects_an_unknown_rule()
    {
        var result = CliProcess.Run(WorkingDirectory, null, "explain", "ML9999");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("messagelint: error: unknown rule 'ML9999'", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Running_without_a_command_is_a_usage_error()
    {
        var result = CliProcess.Run(WorkingDirectory, null);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Run 'messagelint --help' for usage.", result.StandardError, StringComparison.Ordinal);
    }
}
