using System.Diagnostics;
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

    [Fact]
    public void A_folder_linked_back_into_itself_is_read_once()
    {
        // A link loop used to list the same draft once per level, 41 times, until the OS refused.
        _folder.Write("drafts/clean.txt", Drafts.Clean);
        Directory.CreateSymbolicLink(Path.Combine(_folder.Path, "drafts", "loop"), Path.Combine(_folder.Path, "drafts"));

        var result = CliProcess.Run(_folder.Path, null, "check", "drafts", "--no-ml");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 draft checked", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_subfolder_that_cannot_be_read_is_named_instead_of_skipped()
    {
        // Subfolders the user cannot list used to be skipped without a word. Root reads everything,
        // so as root the check runs as "nobody", from a copy of the tool that user can read.
        _folder.Write("drafts/clean.txt", Drafts.Clean);
        _folder.Write("drafts/locked/hidden.txt", Drafts.Blunt);
        var locked = Path.Combine(_folder.Path, "drafts", "locked");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        using var tool = new TempFolder();
        try
        {
            var result = RunUnprivileged(tool, "check", "drafts", "--format", "line", "--no-ml");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("error ML0003: drafts/locked: folder cannot be read (permission denied); its drafts were not checked", result.StandardError, StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private ProcessResult RunUnprivileged(TempFolder toolCopy, params string[] arguments)
    {
        var start = new ProcessStartInfo { WorkingDirectory = _folder.Path, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var toolDirectory = AppContext.BaseDirectory;
        if (Environment.IsPrivilegedProcess)
        {
            foreach (var file in Directory.GetFiles(AppContext.BaseDirectory))
            {
                File.Copy(file, Path.Combine(toolCopy.Path, Path.GetFileName(file)));
            }

            toolDirectory = toolCopy.Path;
            start.FileName = "setpriv";
            foreach (var argument in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "dotnet" })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["HOME"] = Path.GetTempPath();
        }
        else
        {
            start.FileName = "dotnet";
        }

        start.ArgumentList.Add(Path.Combine(toolDirectory, "messagelint.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("the check did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "the check did not finish");
        return new ProcessResult(process.ExitCode, output.Result, error.Result);
    }
}
