using System.CommandLine;
using System.CommandLine.Completions;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace MessageLint.Cli.Tests;

/// <summary>
/// The README's option tables say what `--help` says: every option of check, audit and merge is in its
/// section, a short form is shown with the option it belongs to in that command (`-o` is `--output` in
/// check but `--report-dir` in audit and merge), and a table row's list of values is the option's.
/// </summary>
public sealed partial class ReadmeOptionsTests
{
    private static readonly RootCommand Root = CliApplication.BuildRootCommand(
        new CliEnvironment(Stream.Null, TextWriter.Null, TextWriter.Null, Path.GetTempPath(), IsInputTerminal: false, IsOutputTerminal: false, NoColor: true));

    public static TheoryData<string, string, string> Sections => new()
    {
        { "check", "## Checking drafts: `messagelint check`", "## Auditing an archive" },
        { "audit", "## Auditing an archive: `messagelint audit`", "### Huge archives" },
        { "merge", "### Huge archives: `--shard` and `merge`", "### In CI" },
    };

    [Theory]
    [MemberData(nameof(Sections))]
    public void Every_option_is_in_its_commands_section_with_its_short_form(string command, string from, string to)
    {
        var section = Section(from, to);
        var options = Options(command);

        var missing = options.Where(o => !section.Contains($"`{o.Name}", StringComparison.Ordinal) && !section.Contains($", {o.Name}", StringComparison.Ordinal)).Select(o => o.Name);
        var withoutShortForm = options.Where(o => o.Aliases.Count > 0 && !o.Aliases.Any(a => section.Contains($"`{a}, {o.Name}", StringComparison.Ordinal))).Select(o => o.Name);

        Assert.Empty(missing);
        Assert.Empty(withoutShortForm);
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void A_short_form_in_a_section_belongs_to_the_option_it_is_shown_with(string command, string from, string to)
    {
        var options = Options(command);
        var wrong = ShortForm().Matches(Section(from, to))
            .Where(m => !options.Any(o => o.Name == m.Groups["name"].Value && o.Aliases.Contains(m.Groups["alias"].Value)))
            .Select(m => m.Value);

        Assert.Empty(wrong);
    }

    [Fact]
    public void The_values_listed_in_the_check_table_are_the_ones_the_option_accepts()
    {
        var section = Section("## Checking drafts: `messagelint check`", "## Auditing an archive");
        var rows = ValueRow().Matches(section).ToList();

        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var option = Options("check").Single(o => o.Name == row.Groups["name"].Value);
            var accepted = option.GetCompletions(CompletionContext.Empty).Select(c => c.Label).Order(StringComparer.Ordinal);
            Assert.Equal(string.Join('|', accepted), string.Join('|', row.Groups["values"].Value.Split("\\|").Order(StringComparer.Ordinal)));
        }
    }

    private static List<Option> Options(string command) =>
        [.. Root.Subcommands.Single(c => c.Name == command).Options.Where(o => o.Name is not "--help" && !o.Hidden)];

    private static string Section(string from, string to)
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf(from, StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md has no '{from}'");
        var end = readme.IndexOf(to, start, StringComparison.Ordinal);
        Assert.True(end > start, $"README.md has no '{to}' after '{from}'");
        return readme[start..end];
    }

    private static string RepositoryRoot([CallerFilePath] string path = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));

    [GeneratedRegex(@"`(?<alias>-[a-zA-Z?]), (?<name>--[a-z-]+)")]
    private static partial Regex ShortForm();

    [GeneratedRegex(@"^\| `(?:-[a-z], )?(?<name>--[a-z-]+) (?<values>[a-z-]+(?:\\\|[a-z-]+)+)`", RegexOptions.Multiline)]
    private static partial Regex ValueRow();
}
