using System.Text;

namespace MessageLint.Cli.Tests;

/// <summary>With stdin on a terminal, `check` asks for a paste; tested in-process because a test has no terminal.</summary>
public sealed class InteractiveInputTests
{
    [Fact]
    public void A_terminal_on_stdin_gets_a_prompt_and_the_pasted_draft_is_checked()
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes("Send the logo files!!!\n"));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment(input, output, error, Path.GetTempPath(), IsInputTerminal: true, IsOutputTerminal: false, NoColor: true);

        var exitCode = CliApplication.Run(["check", "--format", "line"], environment);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("Paste your draft, then press Ctrl-D", error.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("<stdin>:1:20: warning ML7001:", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Redirected_stdin_gets_no_prompt()
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes("All good, sending the files by Friday.\n"));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment(input, output, error, Path.GetTempPath(), IsInputTerminal: false, IsOutputTerminal: false, NoColor: true);

        var exitCode = CliApplication.Run(["check", "--format", "line"], environment);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error.ToString());
    }
}
