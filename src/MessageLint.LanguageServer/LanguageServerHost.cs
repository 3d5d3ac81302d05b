using System.Diagnostics;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;

namespace MessageLint.LanguageServer;

/// <summary>
/// Runs the language server over a pair of streams (stdin/stdout for <c>messagelint lsp</c>, pipes in
/// tests) until the client sends exit or closes the connection. The task completes rather than the
/// process being killed, because disposing the connection does not stop a read blocked on stdin.
/// </summary>
public static class LanguageServerHost
{
    /// <summary>Serves one client; returns the exit code the protocol asks for: 0 after shutdown and exit, 1 otherwise.</summary>
    public static async Task<int> RunAsync(Stream input, Stream output, LanguageServerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        var log = TextWriter.Synchronized(options.Log);
        options = options with
        {
            Log = log,
            Version = options.Version ?? typeof(LanguageServerHost).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion,
        };

        var formatter = new SystemTextJsonFormatter();
        ConfigureJson(formatter.JsonSerializerOptions);
        var handler = new LspMessageHandler(output, input, formatter, log);
        using var target = new LanguageServerTarget(options);
        using var rpc = new LspJsonRpc(handler)
        {
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
            CancelLocallyInvokedMethodsWhenConnectionIsClosed = true,
        };
        rpc.TraceSource = new TraceSource("messagelint-lsp", SourceLevels.Warning);
        rpc.TraceSource.Listeners.Clear();
        rpc.TraceSource.Listeners.Add(new TextWriterTraceListener(log));
        rpc.AddLocalRpcTarget(target, new JsonRpcTargetOptions { DisposeOnDisconnect = false });
        target.Attach(rpc);
        rpc.StartListening();

        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = cancellationToken.Register(() => cancelled.TrySetResult());
        var finished = await Task.WhenAny(target.Exited, rpc.Completion, cancelled.Task).ConfigureAwait(false);
        if (finished == target.Exited)
        {
            return await target.Exited.ConfigureAwait(false);
        }

        if (finished == rpc.Completion && rpc.Completion.IsFaulted)
        {
            log.WriteLine($"messagelint lsp: connection failed: {rpc.Completion.Exception?.GetBaseException().Message}");
        }

        return target.ShutdownRequested ? 0 : 1;
    }

    /// <summary>LSP's JSON: camelCase names, absent rather than null optional fields, Cyrillic unescaped.</summary>
    internal static void ConfigureJson(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = true;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    }
}
