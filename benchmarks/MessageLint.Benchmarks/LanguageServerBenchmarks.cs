using System.IO.Pipelines;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using MessageLint.LanguageServer;
using MessageLint.Rules;
using Microsoft.Extensions.DependencyInjection;
using StreamJsonRpc;

namespace MessageLint.Benchmarks;

/// <summary>
/// What a writer waits for in the editor: from sending didChange to receiving publishDiagnostics
/// for that version, for a two-page Markdown draft, with the server in process over pipes (the
/// JSON-RPC framing and serialization included) and the debounce set to zero.
/// </summary>
[MemoryDiagnoser]
public class LanguageServerBenchmarks : IDisposable
{
    private const string Uri = "file:///benchmarks/two-pages.md";

    private readonly Pipe _clientToServer = new();
    private readonly Pipe _serverToClient = new();
    private readonly PublishedDiagnosticsSink _sink = new();
    private JsonRpc _client = null!;
    private Task<int> _server = null!;
    private string _draft = null!;
    private Position _end = null!;
    private int _version;

    private sealed record Position(int Line, int Character);

    /// <summary>Starts the server, initializes it and opens the draft.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var engine = new ServiceCollection().AddBuiltInRules().BuildServiceProvider().GetRequiredService<Core.Engine.LintEngine>();
        var options = new LanguageServerOptions { Engine = engine, DebounceDelay = TimeSpan.Zero };
        _server = Task.Run(() => LanguageServerHost.RunAsync(_clientToServer.Reader.AsStream(), _serverToClient.Writer.AsStream(), options));

        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        _client = new JsonRpc(new HeaderDelimitedMessageHandler(_clientToServer.Writer.AsStream(), _serverToClient.Reader.AsStream(), formatter));
        _client.AddLocalRpcTarget(_sink);
        _client.StartListening();

        _draft = SampleMessages.LongPost;
        var lines = _draft.Split('\n');
        _end = new Position(lines.Length - 1, lines[^1].Length);
        _client.InvokeWithParameterObjectAsync<JsonElement>("initialize", new { processId = Environment.ProcessId, capabilities = new { } }).GetAwaiter().GetResult();
        _client.NotifyWithParameterObjectAsync("initialized", new { }).GetAwaiter().GetResult();
        _version = 1;
        var opened = _sink.Expect(_version);
        _client.NotifyWithParameterObjectAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "markdown", version = _version, text = _draft } }).GetAwaiter().GetResult();
        opened.GetAwaiter().GetResult();
    }

    /// <summary>Typing: one character added or removed at the end of the draft (incremental sync).</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> KeystrokeToDiagnostics()
    {
        var version = ++_version;
        var published = _sink.Expect(version);
        var edit = version % 2 == 0
            ? new { range = new { start = _end, end = _end }, text = "!" }
            : new { range = new { start = _end, end = _end with { Character = _end.Character + 1 } }, text = string.Empty };
        await _client.NotifyWithParameterObjectAsync("textDocument/didChange", new { textDocument = new { uri = Uri, version }, contentChanges = new[] { edit } });
        return await published;
    }

    /// <summary>A client that sends the whole two-page text on every change (full sync).</summary>
    [Benchmark]
    public async Task<int> FullTextChangeToDiagnostics()
    {
        var version = ++_version;
        var published = _sink.Expect(version);
        var text = version % 2 == 0 ? _draft + "!" : _draft;
        await _client.NotifyWithParameterObjectAsync("textDocument/didChange", new { textDocument = new { uri = Uri, version }, contentChanges = new[] { new { text } } });
        return await published;
    }

    /// <summary>Shuts the server down.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _client.InvokeWithParameterObjectAsync<JsonElement?>("shutdown").GetAwaiter().GetResult();
        _client.NotifyAsync("exit").GetAwaiter().GetResult();
        _server.GetAwaiter().GetResult();
        Dispose();
    }

    /// <summary>Closes the client connection.</summary>
    public void Dispose()
    {
        _client?.Dispose();
        GC.SuppressFinalize(this);
    }
}
