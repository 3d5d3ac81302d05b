using System.Diagnostics;
using System.Text;

namespace MessageLint.Cli.Tests.Support;

/// <summary>Runs the built messagelint as a separate process, the way users run it.</summary>
public static class CliProcess
{
    private static readonly string ToolPath = Path.Combine(AppContext.BaseDirectory, "messagelint.dll");

    public static ProcessResult Run(string workingDirectory, string? standardInput, params string[] arguments)
        => Run(workingDirectory, standardInput, null, arguments);

    public static ProcessResult Run(string workingDirectory, string? standardInput, IDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(ToolPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("NO_COLOR");
        start.Environment.Remove("MESSAGELINT_DEBUG");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using (var input = new StreamWriter(process.StandardInput.BaseStream, new UTF8Encoding(false)))
        {
            if (standardInput is not null)
            {
                input.Write(standardInput);
            }
        }

        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"messagelint {string.Join(' ', arguments)} did not finish");
        }

        return new ProcessResult(process.ExitCode, output.Result, error.Result);
    }
}
