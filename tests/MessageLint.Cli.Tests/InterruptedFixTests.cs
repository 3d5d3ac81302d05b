using System.Diagnostics;
using MessageLint.Cli.Tests.Support;

namespace MessageLint.Cli.Tests;

/// <summary>
/// No data lost: a `check --fix` killed after writing its temporary file and before renaming it
/// leaves the draft exactly as it was, and the next run removes the leftover and fixes the draft.
/// </summary>
public sealed class InterruptedFixTests : IDisposable
{
    private const string Loud = "ПРИШЛИТЕ ТЕКСТЫ ДЛЯ БЛОКА УСЛУГ!!!\n";
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(2);

    private readonly TempFolder _folder = new();
    private readonly TempFolder _signals = new();

    public void Dispose()
    {
        _folder.Dispose();
        _signals.Dispose();
    }

    [Fact]
    public void A_fix_killed_before_its_rename_leaves_the_draft_intact_and_the_next_run_cleans_up()
    {
        _folder.Write("draft.txt", Loud);
        var signal = Path.Combine(_signals.Path, "held");

        using (var process = StartHeldFix(signal))
        {
            var temporary = WaitForSignal(process, signal);
            process.Kill(entireProcessTree: true);
            process.WaitForExit();

            Assert.True(File.Exists(temporary), "The killed run should have left its temporary file.");
            Assert.NotEqual(Loud, File.ReadAllText(temporary));
        }

        Assert.Equal(Loud, _folder.Read("draft.txt"));

        var next = CliProcess.Run(_folder.Path, null, "check", "draft.txt", "--fix", "--format", "line");

        Assert.Equal(0, next.ExitCode);
        Assert.Equal(["draft.txt"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
        Assert.Equal("Пришлите тексты для блока услуг.\n", _folder.Read("draft.txt"));
    }

    [Fact]
    public void Another_file_temporary_of_a_live_or_foreign_pattern_is_left_alone()
    {
        _folder.Write("draft.txt", Loud);
        var live = _folder.Write($".draft.txt.{Environment.ProcessId}.{Guid.NewGuid():N}.messagelint.tmp", "in flight");
        var foreign = _folder.Write(".draft.txt.backup.messagelint.tmp", "not ours");
        var other = _folder.Write($".other.txt.999999999.{Guid.NewGuid():N}.messagelint.tmp", "another file's");

        CliProcess.Run(_folder.Path, null, "check", "draft.txt", "--fix");

        Assert.True(File.Exists(live) && File.Exists(foreign) && File.Exists(other));
    }

    private Process StartHeldFix(string signal)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _folder.Path,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "messagelint.dll"), "check", "draft.txt", "--fix" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["MESSAGELINT_TEST_HANG_BEFORE_RENAME"] = signal;
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.StandardInput.Close();
        return process;
    }

    /// <summary>Waits, bounded, for the held process to say where its temporary file is.</summary>
    private string WaitForSignal(Process process, string signal)
    {
        using var watcher = new FileSystemWatcher(_signals.Path) { EnableRaisingEvents = true };
        using var giveUp = new CancellationTokenSource(Bound);
        while (!File.Exists(signal) || new FileInfo(signal).Length == 0)
        {
            if (process.HasExited)
            {
                Assert.Fail($"messagelint exited ({process.ExitCode}) before writing: {process.StandardError.ReadToEnd()}");
            }

            if (giveUp.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("messagelint never reached the rename.");
            }

            watcher.WaitForChanged(WatcherChangeTypes.All, 250);
        }

        return File.ReadAllText(signal);
    }
}
