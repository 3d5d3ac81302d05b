using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using MessageLint.Audit.Tests.Support;

namespace MessageLint.Audit.Tests.EndToEnd;

/// <summary>The README's worked audit example prints what the README shows, so the example stays true as rules change.</summary>
public sealed partial class ReadmeExampleTests
{
    [Fact]
    public void The_readme_shows_the_current_summary_of_the_channel_export_example()
    {
        var root = RepositoryRoot();
        var shown = ShownOutput().Match(File.ReadAllText(Path.Combine(root, "README.md")));
        Assert.True(shown.Success, "README.md must show the audit example's output in a ```text block after the command.");
        using var folder = new TempFolder();

        var result = InProcessCli.Run(root, null, "audit", "rules/samples/channel-export/result.json", "--channel", "pixel_studio", "--profile", "public-post", "--report-dir", folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(WithoutReportPaths(shown.Groups["output"].Value), WithoutReportPaths(result.Output));
    }

    private static string WithoutReportPaths(string output) => string.Join('\n', output.Split('\n').Where(line => !line.StartsWith("reports: ", StringComparison.Ordinal)));

    private static string RepositoryRoot([CallerFilePath] string path = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));

    [GeneratedRegex(@"--profile public-post --report-dir audit-report\n```\n\n```text\n(?<output>.*?\n)```", RegexOptions.Singleline)]
    private static partial Regex ShownOutput();
}
