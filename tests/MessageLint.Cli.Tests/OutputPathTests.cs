using MessageLint.Cli.Tests.Support;

namespace MessageLint.Cli.Tests;

/// <summary>The tool writes only where the user asked: the --output file and, with --fix, the drafts it fixes; nothing else appears or stays behind.</summary>
public sealed class OutputPathTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_check_with_an_output_file_creates_that_file_and_nothing_else()
    {
        _folder.Write("drafts/a.txt", Drafts.Blunt);
        _folder.Write("drafts/b.md", Drafts.Clean);
        var before = Snapshot();

        var result = CliProcess.Run(_folder.Path, null, "check", "drafts", "--format", "sarif", "--output", "out/report.sarif");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(before.Select(f => f.Path).Append("out/report.sarif").Order(StringComparer.Ordinal), Snapshot().Select(f => f.Path));
        Assert.All(before, f => Assert.Equal(f.Content, _folder.Read(f.Path)));
    }

    [Fact]
    public void A_check_without_an_output_file_writes_no_file()
    {
        _folder.Write("draft.txt", Drafts.Blunt);
        var before = Snapshot();

        CliProcess.Run(_folder.Path, null, "check", "draft.txt", "--format", "json");

        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Fixing_rewrites_only_the_drafts_that_have_fixes_and_leaves_no_temporary_file()
    {
        _folder.Write("loud.txt", "ПРИШЛИТЕ ТЕКСТЫ ДЛЯ БЛОКА УСЛУГ!!!\n");
        _folder.Write("clean.txt", Drafts.Clean);

        CliProcess.Run(_folder.Path, null, "check", "loud.txt", "clean.txt", "--fix");

        Assert.Equal(["clean.txt", "loud.txt"], Snapshot().Select(f => f.Path));
        Assert.Equal(Drafts.Clean, _folder.Read("clean.txt"));
        Assert.NotEqual("ПРИШЛИТЕ ТЕКСТЫ ДЛЯ БЛОКА УСЛУГ!!!\n", _folder.Read("loud.txt"));
    }

    private List<(string Path, string Content)> Snapshot()
        => [.. Directory.GetFiles(_folder.Path, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_folder.Path, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(p => (p, _folder.Read(p)))];
}
