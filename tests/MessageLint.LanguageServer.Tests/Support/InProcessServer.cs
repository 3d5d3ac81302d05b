using System.IO.Pipelines;
using MessageLint.Core.Engine;
using MessageLint.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace MessageLint.LanguageServer.Tests.Support;

/// <summary>The server running in the test process over two pipes, with a raw client on the other end.</summary>
public sealed class InProcessServer : IAsyncDisposable
{
    private static readonly Lazy<LintEngine> BuiltInEngine = new(() => new ServiceCollection().AddBuiltInRules().BuildServiceProvider().GetRequiredService<LintEngine>());

    private readonly Pipe _clientToServer = new();
    private readonly Pipe _serverToClient = new();
    private readonly StringWriter _log = new();
    private readonly TextWriter _syncLog;

    private InProcessServer(Func<LanguageServerOptions, LanguageServerOptions>? configure)
    {
        // The server writes through this synchronized wrapper, which locks on itself; reads take the same lock.
        _syncLog = TextWriter.Synchronized(_log);
        var options = new LanguageServerOptions { Engine = BuiltInEngine.Value, DebounceDelay = TimeSpan.Zero, Log = _syncLog };
        options = configure?.Invoke(options) ?? options;
        Server = Task.Run(() => LanguageServerHost.RunAsync(_clientToServer.Reader.AsStream(), _serverToClient.Writer.AsStream(), options));
        Client = new LspTestClient(_clientToServer.Writer.AsStream(), _serverToClient.Reader.AsStream());
    }

    public static LintEngine Engine => BuiltInEngine.Value;

    public LspTestClient Client { get; }

    /// <summary>Completes with the server's exit code.</summary>
    public Task<int> Server { get; }

    public string Log
    {
        get
        {
            lock (_syncLog)
            {
                return _log.ToString();
            }
        }
    }

    public static InProcessServer Start(Func<LanguageServerOptions, LanguageServerOptions>? configure = null) => new(configure);

    /// <summary>Starts a server and initializes it.</summary>
    public static async Task<InProcessServer> StartInitializedAsync(object? initializationOptions = null, string? rootUri = null, Func<LanguageServerOptions, LanguageServerOptions>? configure = null)
    {
        var server = Start(configure);
        await server.Client.InitializeAsync(initializationOptions, rootUri);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!Server.IsCompleted)
        {
            try
            {
                await Client.RequestAsync("shutdown");
                await Client.NotifyAsync("exit");
            }
            catch (IOException)
            {
                // Already closed by the test.
            }
        }

        await Server.WaitAsync(LspTestClient.Timeout);
        await Client.DisposeAsync();
        _log.Dispose();
    }
}
