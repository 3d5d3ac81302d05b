using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace MessageLint.Cli.Tests;

/// <summary>The README's first command prints exactly what the README shows, so a newcomer gets the same result.</summary>
public sealed partial class ReadmeTests
{
    [Fact]
    public void The_readme_shows_the_current_output_of_its_first_command()
    {
        var root = RepositoryRoot();
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        var shown = ShownOutput().Match(readme);
        Assert.True(shown.Success, "README.md must show the first command's output in a ```text block after 'The first command prints:'.");
        using var input = new MemoryStream();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment(input, output, error, root, IsInputTerminal: false, IsOutputTerminal: false, NoColor: true);

        var exitCode = CliApplication.Run(["check", "rules/samples/draft.md"], environment);

        Assert.Equal(1, exitCode);
        Assert.Equal(shown.Groups["output"].Value, output.ToString());
    }

    private static string RepositoryRoot([CallerFilePath] string path = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));

    [GeneratedRegex(@"The first command prints:\n\n```text\n(?<output>.*?\n)```", RegexOptions.Singleline)]
    private static partial Regex ShownOutput();
}
