using System.Collections.Concurrent;
using System.Text.Json;
using MessageLint.LanguageServer.Protocol;
using StreamJsonRpc;

namespace MessageLint.LanguageServer;

/// <summary>
/// The methods the server answers. Notifications run one at a time in arrival order (the host sets
/// a non-concurrent synchronization context) and never wait, so edits apply in order; analysis runs
/// on the thread pool, debounced per document, and diagnostics go out through one gate so a
/// document's publishes cannot overtake each other.
/// </summary>
internal sealed class LanguageServerTarget : IDisposable
{
    private readonly LanguageServerOptions _options;
    private readonly DocumentAnalyzer _analyzer;
    private readonly ConcurrentDictionary<string, OpenDocument> _documents = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _publishGate = new(1, 1);
    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private JsonRpc? _rpc;
    private volatile EditorSettings _settings = EditorSettings.Default;
    private volatile string? _rootPath;
    private int _generation;
    private volatile bool _initialized;
    private volatile bool _shutdownRequested;
    private volatile bool _clientWatchesFiles;

    public LanguageServerTarget(LanguageServerOptions options)
    {
        _options = options;
        _analyzer = new DocumentAnalyzer(options.Engine);
    }

    /// <summary>Completes with the exit code when the client sends exit: 0 after shutdown, 1 without.</summary>
    public Task<int> Exited => _exit.Task;

    /// <summary>True once shutdown was requested.</summary>
    public bool ShutdownRequested => _shutdownRequested;

    /// <summary>Gives the target the connection it publishes diagnostics on.</summary>
    public void Attach(JsonRpc rpc) => _rpc = rpc;

    /// <summary>Reads the workspace root and settings, and declares only what the server implements.</summary>
    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _rootPath = DocumentKinds.LocalPathOf(parameters.RootUri);
        ApplySettings(parameters.InitializationOptions, "initializationOptions");
        _clientWatchesFiles = CanWatchFiles(parameters.Capabilities);
        _initialized = true;
        _options.Log.WriteLine($"messagelint lsp: initialized (process {parameters.ProcessId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"}, root {_rootPath ?? "none"})");
        return new InitializeResult(
            new ServerCapabilities(
                new TextDocumentSyncOptions(OpenClose: true, Change: 2, Save: new SaveOptions(IncludeText: false)),
                new CodeActionOptions([CodeActionProvider.QuickFixKind]),
                HoverProvider: true),
            new ServerInfo("messagelint", _options.Version));
    }

    /// <summary>The client is ready; one that can watch files is asked to report changes of messagelint.json.</summary>
    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    public void Initialized(JsonElement? parameters)
    {
        _ = parameters;
        _options.Log.WriteLine("messagelint lsp: client ready");
        if (_clientWatchesFiles)
        {
            _ = WatchConfigurationFilesAsync();
        }
    }

    /// <summary>Stops pending checks; the process ends on the exit that follows.</summary>
    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        _shutdownRequested = true;
        foreach (var document in _documents.Values)
        {
            lock (document.Gate)
            {
                document.PendingPublish?.Cancel();
                document.Analysis?.Supersede();
            }
        }

        return null;
    }

    /// <summary>Ends the server: the host returns, so the process ends even while stdin stays open.</summary>
    [JsonRpcMethod("exit")]
    public void Exit() => _exit.TrySetResult(_shutdownRequested ? 0 : 1);

    /// <summary>Applies the keys the client sent and checks every open draft again.</summary>
    [JsonRpcMethod("workspace/didChangeConfiguration", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeConfiguration(DidChangeConfigurationParams parameters)
    {
        if (!AcceptsNotifications() || parameters is null)
        {
            return;
        }

        ApplySettings(parameters.Settings, "workspace/didChangeConfiguration");
        foreach (var document in _documents.Values)
        {
            lock (document.Gate)
            {
                // Only a check under older settings is stopped: unchanged settings keep the current one.
                if (document.Analysis is { } running && running.Generation != Volatile.Read(ref _generation))
                {
                    running.Supersede();
                }
            }

            Schedule(document);
        }
    }

    /// <summary>
    /// A messagelint.json was created, saved or deleted: open drafts are checked again at once, as ESLint's
    /// server does for its configuration, instead of showing the old configuration's findings until the
    /// next keystroke. Other watched files are not the server's.
    /// </summary>
    [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams parameters)
    {
        if (!AcceptsNotifications() || parameters?.Changes is not { } changes || !changes.Any(c => IsConfigurationFile(c?.Uri)))
        {
            return;
        }

        foreach (var document in _documents.Values)
        {
            lock (document.Gate)
            {
                document.Analysis?.Supersede();
                document.Analysis = null;
            }

            Schedule(document);
        }
    }

    /// <summary>Starts following a draft; other kinds of documents are left alone.</summary>
    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams parameters)
    {
        if (!AcceptsNotifications() || parameters?.TextDocument is not { } item)
        {
            return;
        }

        if (DocumentKinds.FormatOf(item.LanguageId, item.Uri) is not { } format)
        {
            _options.Log.WriteLine($"messagelint lsp: not a draft, left alone: {item.Uri} ({item.LanguageId})");
            return;
        }

        var document = new OpenDocument(item.Uri, format, item.Version, item.Text ?? string.Empty);
        if (_documents.TryRemove(item.Uri, out var previous))
        {
            Close(previous);
        }

        _documents[item.Uri] = document;
        Schedule(document);
    }

    /// <summary>Applies full or incremental edits in order, then schedules a debounced check.</summary>
    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(DidChangeTextDocumentParams parameters)
    {
        if (!AcceptsNotifications() || parameters?.TextDocument is not { } identifier || !_documents.TryGetValue(identifier.Uri, out var document))
        {
            return;
        }

        lock (document.Gate)
        {
            var text = document.Text;
            foreach (var change in parameters.ContentChanges ?? [])
            {
                text = TextChanges.Apply(text, change);
            }

            document.Text = text;
            document.Version = identifier.Version;

            // The check of the old text is of no use now: stop it rather than let it hold a core while the user types.
            document.Analysis?.Supersede();
            document.Analysis = null;
        }

        Schedule(document);
    }

    /// <summary>Checks the draft again, since its configuration may have been edited alongside.</summary>
    [JsonRpcMethod("textDocument/didSave", UseSingleObjectParameterDeserialization = true)]
    public void DidSave(DidSaveTextDocumentParams parameters)
    {
        if (!AcceptsNotifications() || parameters?.TextDocument is not { } identifier || !_documents.TryGetValue(identifier.Uri, out var document))
        {
            return;
        }

        // A save is the moment a messagelint.json beside the draft may have been edited too: check again.
        lock (document.Gate)
        {
            document.Analysis?.Supersede();
            document.Analysis = null;
        }

        Schedule(document);
    }

    /// <summary>Stops following the draft and clears its diagnostics in the editor.</summary>
    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public void DidClose(DidCloseTextDocumentParams parameters)
    {
        if (!AcceptsNotifications() || parameters?.TextDocument is not { } identifier || !_documents.TryRemove(identifier.Uri, out var document))
        {
            return;
        }

        Close(document);
        _ = PublishClearedAsync(identifier.Uri);
    }

    /// <summary>Quick fixes for the findings in the range, from the analysis of the current text.</summary>
    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public async Task<IReadOnlyList<CodeAction>> CodeActionAsync(CodeActionParams parameters, CancellationToken cancellationToken)
    {
        EnsureServing();
        if (parameters?.TextDocument?.Uri is null || parameters.Range?.Start is null || parameters.Range.End is null)
        {
            throw MissingParams("textDocument/codeAction needs textDocument.uri and range");
        }

        if (!_documents.TryGetValue(parameters.TextDocument.Uri, out var document))
        {
            return [];
        }

        var analysis = await AnalysisForRequest(document, cancellationToken).ConfigureAwait(false);
        return CodeActionProvider.GetActions(analysis, parameters.Range, parameters.Context?.Only);
    }

    /// <summary>The explanation of the findings under the cursor, or null.</summary>
    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public async Task<Hover?> HoverAsync(HoverParams parameters, CancellationToken cancellationToken)
    {
        EnsureServing();
        if (parameters?.TextDocument?.Uri is null || parameters.Position is null)
        {
            throw MissingParams("textDocument/hover needs textDocument.uri and position");
        }

        if (!_documents.TryGetValue(parameters.TextDocument.Uri, out var document))
        {
            return null;
        }

        var analysis = await AnalysisForRequest(document, cancellationToken).ConfigureAwait(false);
        return HoverProvider.GetHover(analysis, parameters.Position);
    }

    /// <summary>
    /// The analysis a request reads. When an edit stops it midway, the request is answered with ContentModified,
    /// as the protocol asks: its position belongs to a text that no longer exists, and the client asks again.
    /// </summary>
    private async Task<AnalysisResult> AnalysisForRequest(OpenDocument document, CancellationToken cancellationToken)
    {
        try
        {
            return await GetAnalysis(document).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new LocalRpcException("The document changed while the request was being answered.") { ErrorCode = LspErrorCodes.ContentModified };
        }
    }

    /// <inheritdoc />
    public void Dispose() => _publishGate.Dispose();

    /// <summary>The analysis of the document's current text, shared between the debounced publish and requests.</summary>
    internal Task<AnalysisResult> GetAnalysis(OpenDocument document)
    {
        lock (document.Gate)
        {
            var generation = Volatile.Read(ref _generation);
            if (document.Analysis is { } cached)
            {
                if (cached.Version == document.Version && cached.Generation == generation)
                {
                    return cached.Task;
                }

                cached.Supersede();
            }

            var snapshot = document.Snapshot();
            var settings = _settings;
            var root = _rootPath;
            var cancellation = new CancellationTokenSource();
            var task = Task.Run(() => _analyzer.Analyze(snapshot, settings, root, cancellation.Token), cancellation.Token);
            document.Analysis = new CachedAnalysis(snapshot.Version, generation, task, cancellation);
            return task;
        }
    }

    private void ApplySettings(JsonElement? json, string origin)
    {
        var problems = new List<string>();
        var updated = _settings.Update(json, problems);
        foreach (var problem in problems)
        {
            _options.Log.WriteLine($"messagelint lsp: {origin}: {problem}; ignored");
        }

        if (updated != _settings)
        {
            _settings = updated;
            Interlocked.Increment(ref _generation);
        }
    }

    /// <summary>Before initialize and after shutdown, notifications other than exit are dropped, as the protocol says.</summary>
    private bool AcceptsNotifications() => _initialized && !_shutdownRequested;

    private void EnsureServing()
    {
        if (!_initialized)
        {
            throw new LocalRpcException("The server is not initialized yet.") { ErrorCode = LspErrorCodes.ServerNotInitialized };
        }

        if (_shutdownRequested)
        {
            throw new LocalRpcException("The server is shutting down.") { ErrorCode = LspErrorCodes.InvalidRequest };
        }
    }

    /// <summary>Whether the client said it can watch files on the server's behalf (workspace.didChangeWatchedFiles.dynamicRegistration).</summary>
    private static bool CanWatchFiles(ClientCapabilities? capabilities) =>
        capabilities?.Workspace?.DidChangeWatchedFiles?.DynamicRegistration == true;

    private static bool IsConfigurationFile(string? uri) =>
        DocumentKinds.LocalPathOf(uri) is { } path
        && Path.GetFileName(path) is Core.Configuration.ConfigurationLoader.FileName or Core.Configuration.ConfigurationLoader.HiddenFileName;

    /// <summary>Asks the client to report messagelint.json changes; a client that refuses only loses the early re-check.</summary>
    private async Task WatchConfigurationFilesAsync()
    {
        try
        {
            var rpc = _rpc ?? throw new InvalidOperationException("The server is not attached to a connection.");
            var watchers = new DidChangeWatchedFilesRegistrationOptions([new LspFileSystemWatcher($"**/{{{Core.Configuration.ConfigurationLoader.FileName},{Core.Configuration.ConfigurationLoader.HiddenFileName}}}")]);
            await rpc.InvokeWithParameterObjectAsync<JsonElement?>(
                "client/registerCapability",
                new RegistrationParams([new Registration("messagelint-configuration-files", "workspace/didChangeWatchedFiles", watchers)])).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _options.Log.WriteLine($"messagelint lsp: the client did not watch messagelint.json ({ex.Message}); drafts see its changes on their next edit or save");
        }
    }

    /// <summary>Params that deserialize but lack a required field: the client's mistake, not an internal error.</summary>
    private static LocalRpcException MissingParams(string message) => new("Invalid params: " + message + ".") { ErrorCode = LspErrorCodes.InvalidParams };

    private static void Close(OpenDocument document)
    {
        lock (document.Gate)
        {
            document.IsOpen = false;
            document.PendingPublish?.Cancel();
            document.PendingPublish = null;
            document.Analysis?.Supersede();
            document.Analysis = null;
        }
    }

    /// <summary>Waits for a pause in typing, then checks and publishes; a newer change cancels the wait.</summary>
    private void Schedule(OpenDocument document)
    {
        CancellationTokenSource pending;
        lock (document.Gate)
        {
            document.PendingPublish?.Cancel();
            pending = new CancellationTokenSource();
            document.PendingPublish = pending;
        }

        _ = PublishWhenQuietAsync(document, pending.Token);
    }

    private async Task PublishWhenQuietAsync(OpenDocument document, CancellationToken cancellationToken)
    {
        try
        {
            if (_options.DebounceDelay > TimeSpan.Zero)
            {
                await Task.Delay(_options.DebounceDelay, _options.TimeProvider, cancellationToken).ConfigureAwait(false);
            }

            var analysis = await GetAnalysis(document).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            await _publishGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                lock (document.Gate)
                {
                    if (!document.IsOpen || document.Version != analysis.Snapshot.Version || cancellationToken.IsCancellationRequested)
                    {
                        return;
                    }
                }

                var diagnostics = analysis.Diagnostics.Select(d => d.Lsp).ToList();
                await Notify(new PublishDiagnosticsParams(document.Uri, analysis.Snapshot.Version, diagnostics)).ConfigureAwait(false);
            }
            finally
            {
                _publishGate.Release();
            }
        }
        catch (OperationCanceledException)
        {
            // A newer change, a close or shutdown superseded this publish, or stopped the check it waited for.
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _options.Log.WriteLine($"messagelint lsp: checking {document.Uri} failed: {ex}");
        }
    }

    private async Task PublishClearedAsync(string uri)
    {
        try
        {
            await _publishGate.WaitAsync().ConfigureAwait(false);
            try
            {
                // Reopened meanwhile: its own publish is the current truth.
                if (!_documents.ContainsKey(uri))
                {
                    await Notify(new PublishDiagnosticsParams(uri, null, [])).ConfigureAwait(false);
                }
            }
            finally
            {
                _publishGate.Release();
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _options.Log.WriteLine($"messagelint lsp: clearing diagnostics of {uri} failed: {ex.Message}");
        }
    }

    private Task Notify(PublishDiagnosticsParams parameters)
    {
        var rpc = _rpc ?? throw new InvalidOperationException("The server is not attached to a connection.");
        return rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", parameters);
    }
}
