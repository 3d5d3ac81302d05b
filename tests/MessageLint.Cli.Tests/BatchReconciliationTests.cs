using System.Text.Json;
using MessageLint.Cli.Tests.Support;

namespace MessageLint.Cli.Tests;

/// <summary>A batch run accounts for every input: drafts read = checked + problems, and each input it could not read is named with the reason.</summary>
public sealed class BatchReconciliationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_folder_with_unreadable_drafts_reconciles_its_counts_and_names_each_unreadable_one()
    {
        _folder.Write("drafts/blunt.txt", Drafts.Blunt);
        _folder.Write("drafts/clean.md", Drafts.Clean);
        _folder.Write("drafts/sub/also-clean.txt", Drafts.Clean);
        _folder.WriteBytes("drafts/binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01]);
        _folder.WriteBytes("drafts/latin1.txt", [0x50, 0x72, 0x69, 0x76, 0x65, 0x74, 0xE9, 0x0A]);
        _folder.Write("drafts/empty.md", " \n");
        _folder.Write("drafts/huge.txt", new string('x', 5000));
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "drafts", "dangling.txt"), Path.Combine(_folder.Path, "nowhere.txt"));
        string[] unreadable = ["drafts/binary.txt", "drafts/dangling.txt", "drafts/empty.md", "drafts/huge.txt", "drafts/latin1.txt"];

        var json = CliProcess.Run(_folder.Path, null, "check", "drafts", "--format", "json", "--max-size", "4096");
        var text = CliProcess.Run(_folder.Path, null, "check", "drafts", "--max-size", "4096");

        Assert.Equal(2, json.ExitCode);
        using var report = JsonDocument.Parse(json.StandardOutput);
        var summary = report.RootElement.GetProperty("summary");
        var problems = report.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("path").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(3, summary.GetProperty("drafts").GetInt32());
        Assert.Equal(unreadable.Length, summary.GetProperty("problems").GetInt32());
        Assert.Equal(unreadable, problems);

        Assert.Equal(2, text.ExitCode);
        Assert.All(unreadable, path => Assert.Contains($": {path}: ", text.StandardError, StringComparison.Ordinal));
        Assert.Contains("3 drafts checked", text.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("5 problems", text.StandardOutput, StringComparison.Ordinal);
    }
}
