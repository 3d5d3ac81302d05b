using System.Text;

namespace MessageLint.Cli.Tests;

/// <summary>Colour appears only on a terminal and never when NO_COLOR is set; tested in-process, where the terminal can be simulated.</summary>
public sealed class ColorDecisionTests
{
    [Theory]
    [InlineData(true, false, true)]
    [InlineData(true, true, false)]
    [InlineData(false, false, false)]
    public void Automatic_colour_follows_the_terminal_and_NO_COLOR(bool isTerminal, bool noColor, bool expectColor)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(string.Empty));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment(input, output, error, Path.GetTempPath(), IsInputTerminal: false, IsOutputTerminal: isTerminal, NoColor: noColor);

        CliApplication.Run(["check", "--text", "As I already said, the files are late."], environment);

        Assert.Equal(expectColor, output.ToString().Contains('\u001b', StringComparison.Ordinal));
    }
}
