using System.Diagnostics;
using System.Text;
using System.Text.Json;
using MessageLint.Audit.Tests.Support;

namespace MessageLint.Audit.Tests.EndToEnd;

public class InterruptTests
{
    [Fact]
    public async Task Ctrl_c_stops_reading_and_still_writes_the_reports_of_what_was_read()
    {
        using var folder = new TempFolder();
        // Through `env --default-signal=INT`: a test run started in the background of a non-interactive
        // shell inherits SIGINT as ignored, and .NET leaves an ignored SIGINT ignored, as nohup wants.
        var start = new ProcessStartInfo("env")
        {
            WorkingDirectory = folder.Path,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in new[] { "--default-signal=INT", "dotnet", Path.Combine(AppContext.BaseDirectory, "messagelint.dll"), "audit", "-", "--progress", "always", "--json", "partial.json", "--html", "partial.html" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var input = new StreamWriter(process.StandardInput.BaseStream, new UTF8Encoding(false));
        input.Write(Pipeline.AuditPipelineTests.GeneratedJsonl(300));
        input.Flush();

        // The input stays open, as a pipe from a slow producer would: the run waits for more until interrupted.
        string? line;
        do
        {
            line = process.StandardError.ReadLine();
        }
        while (line is not null && !line.Contains("300 done", StringComparison.Ordinal));

        Assert.NotNull(line);
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        var rest = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "messagelint did not stop after SIGINT");
        input.Dispose();

        Assert.Equal(130, process.ExitCode);
        Assert.Contains("interrupted", await rest, StringComparison.Ordinal);
        Assert.Contains("read 300 = checked 300 + skipped 0 + failed 0", await output, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(folder.Read("partial.json"));
        Assert.True(report.RootElement.GetProperty("interrupted").GetBoolean());
        Assert.Equal(300, report.RootElement.GetProperty("messages").GetArrayLength());
        Assert.Contains("id=\"interrupted\"", folder.Read("partial.html"), StringComparison.Ordinal);
    }
}
