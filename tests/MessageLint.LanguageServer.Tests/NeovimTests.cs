using System.Diagnostics;
using System.Text.Json.Nodes;
using MessageLint.LanguageServer.Tests.Support;

namespace MessageLint.LanguageServer.Tests;

/// <summary>
/// A real editor as the client: headless Neovim (Debian's 0.7.2, installed by .ci/run) with its
/// built-in LSP client opens a draft, receives diagnostics, applies the "!!!" → "." quick fix and
/// writes the file. A missing nvim fails the test rather than skipping it.
/// </summary>
public sealed class NeovimTests
{
    [Fact]
    public async Task Neovim_shows_the_findings_applies_the_quick_fix_and_writes_the_fixed_draft()
    {
        var nvim = FindOnPath("nvim") ?? throw new InvalidOperationException("nvim is not installed; .ci/run installs it with apt-get install -y neovim");
        using var folder = new TempFolder();
        var draft = folder.Write("draft.md", "Добрый день!\n\nПришлите тексты!!!\n");
        var reportPath = folder.FullPath("report.json");
        var start = new ProcessStartInfo(nvim)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder.Path,
        };
        foreach (var argument in new[] { "--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", "luafile " + Path.Combine(AppContext.BaseDirectory, "Neovim", "apply-quick-fix.lua") })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["MESSAGELINT_DLL"] = ServerProcess.ToolPath;
        start.Environment["MESSAGELINT_DRAFT"] = draft;
        start.Environment["MESSAGELINT_REPORT"] = reportPath;
        start.Environment["XDG_CACHE_HOME"] = folder.FullPath("cache");
        start.Environment["XDG_STATE_HOME"] = folder.FullPath("state");
        start.Environment["XDG_DATA_HOME"] = folder.FullPath("data");

        using var process = Process.Start(start) ?? throw new InvalidOperationException("nvim did not start");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));

        var details = $"nvim exit {process.ExitCode}\nstdout: {await output}\nstderr: {await error}\nreport: {(File.Exists(reportPath) ? File.ReadAllText(reportPath) : "none")}\nlsp.log: {ReadLspLog(folder)}";
        Assert.True(File.Exists(reportPath), details);
        var report = JsonNode.Parse(File.ReadAllText(reportPath))!;
        Assert.True(report["ok"]!.GetValue<bool>(), details);
        Assert.Equal(0, process.ExitCode);
        Assert.Equal("markdown", report["filetype"]!.GetValue<string>());
        var diagnostic = Assert.Single(report["diagnostics"]!.AsArray())!;
        Assert.Equal(("ML7001", "messagelint", 2), (diagnostic["code"]!.GetValue<string>(), diagnostic["source"]!.GetValue<string>(), diagnostic["lnum"]!.GetValue<int>()));
        Assert.Equal(["Заменить на «.»", "Disable ML7001 on this line"], report["actions"]!.AsArray().Select(a => a!["title"]!.GetValue<string>()));
        Assert.Equal("Заменить на «.»", report["applied"]!.GetValue<string>());
        Assert.Equal(0, report["server_exit_code"]!.GetValue<int>());
        Assert.Equal("Добрый день!\n\nПришлите тексты.\n", File.ReadAllText(draft));
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);

    private static string ReadLspLog(TempFolder folder)
    {
        var log = Path.Combine(folder.FullPath("cache"), "nvim", "lsp.log");
        return File.Exists(log) ? File.ReadAllText(log) : "none";
    }
}
