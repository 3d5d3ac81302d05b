using System.IO.Pipelines;
using BenchmarkDotNet.Attributes;
using MessageLint.Classifier;
using MessageLint.Core.Classification;
using MessageLint.LanguageServer;
using MessageLint.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace MessageLint.Benchmarks;

/// <summary>
/// What a writer waits for in the editor: from sending didChange to receiving publishDiagnostics
/// for that version, for a two-page Markdown draft, with the server in process over pipes (the
/// JSON-RPC framing and serialization included) and the debounce set to zero; with the embedded
/// sentence model behind the server's score cache (as `messagelint lsp` runs it) and on heuristics only.
/// </summary>
[MemoryDiagnoser]
public class LanguageServerBenchmarks
{
    private const string Uri = "file:///benchmarks/two-pages.md";

    private readonly Pipe _clientToServer = new();
    private readonly Pipe _serverToClient = new();
    private RawLspClient _client = null!;
    private Task<int> _server = null!;
    private string _draft = null!;
    private Position _end = null!;
    private int _version;

    private sealed record Position(int Line, int Character);

    /// <summary>True scores sentences with the embedded model, as `messagelint lsp` does by default; false is heuristics only.</summary>
    [Params(false, true)]
    public bool UseModel { get; set; }

    /// <summary>Starts the server, initializes it and opens the draft.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var services = new ServiceCollection();
        if (UseModel)
        {
            services.AddSingleton<ISentenceClassifier>(new CachingSentenceClassifier(SentenceClassifier.Embedded));
        }

        var engine = services.AddBuiltInRules().BuildServiceProvider().GetRequiredService<Core.Engine.LintEngine>();
        var options = new LanguageServerOptions { Engine = engine, DebounceDelay = TimeSpan.Zero };
        _server = Task.Run(() => LanguageServerHost.RunAsync(_clientToServer.Reader.AsStream(), _serverToClient.Writer.AsStream(), options));

        _client = new RawLspClient(_clientToServer.Writer, _serverToClient.Reader);

        _draft = SampleMessages.LongPost;
        var lines = _draft.Split('\n');
        _end = new Position(lines.Length - 1, lines[^1].Length);
        _client.RequestAsync("initialize", new { processId = Environment.ProcessId, capabilities = new { } }).GetAwaiter().GetResult();
        _client.NotifyAsync("initialized", new { }).GetAwaiter().GetResult();
        _version = 1;
        var opened = _client.ExpectDiagnostics(_version);
        _client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "markdown", version = _version, text = _draft } }).GetAwaiter().GetResult();
        opened.GetAwaiter().GetResult();
    }

    /// <summary>Typing: one character added or removed at the end of the draft (incremental sync).</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> KeystrokeToDiagnostics()
    {
        var version = ++_version;
        var published = _client.ExpectDiagnostics(version);
        var edit = version % 2 == 0
            ? new { range = new { start = _end, end = _end }, text = "!" }
            : new { range = new { start = _end, end = _end with { Character = _end.Character + 1 } }, text = string.Empty };
        await _client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = Uri, version }, contentChanges = new[] { edit } });
        return await published;
    }

    /// <summary>A client that sends the whole two-page text on every change (full sync).</summary>
    [Benchmark]
    public async Task<int> FullTextChangeToDiagnostics()
    {
        var version = ++_version;
        var published = _client.ExpectDiagnostics(version);
        var text = version % 2 == 0 ? _draft + "!" : _draft;
        await _client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = Uri, version }, contentChanges = new[] { new { text } } });
        return await published;
    }

    /// <summary>Shuts the server down.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _client.RequestAsync("shutdown").GetAwaiter().GetResult();
        _client.NotifyAsync("exit").GetAwaiter().GetResult();
        _server.GetAwaiter().GetResult();
        _clientToServer.Writer.Complete();
    }
}
