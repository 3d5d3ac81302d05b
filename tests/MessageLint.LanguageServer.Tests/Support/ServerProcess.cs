using System.Diagnostics;
using System.Text;

namespace MessageLint.LanguageServer.Tests.Support;

/// <summary>The built `messagelint lsp` as a separate process, driven over its stdin and stdout like an editor does.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    public static readonly string ToolPath = Path.Combine(AppContext.BaseDirectory, "messagelint.dll");

    private readonly Process _process;
    private readonly StringBuilder _error = new();

    private ServerProcess(Process process)
    {
        _process = process;
        Client = new LspTestClient(process.StandardInput.BaseStream, process.StandardOutput.BaseStream);
        process.ErrorDataReceived += (_, e) =>
        {
            lock (_error)
            {
                _error.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
    }

    public LspTestClient Client { get; }

    public Process Process => _process;

    public string StandardError
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    public static ServerProcess Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(ToolPath);
        start.ArgumentList.Add("lsp");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new ServerProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    /// <summary>Waits for the process to end by itself and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync()
    {
        await _process.WaitForExitAsync().WaitAsync(LspTestClient.Timeout);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        await Client.DisposeAsync();
        _process.Dispose();
    }
}
