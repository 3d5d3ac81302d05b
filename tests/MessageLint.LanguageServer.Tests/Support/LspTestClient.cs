using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MessageLint.LanguageServer.Tests.Support;

/// <summary>
/// A minimal LSP client that speaks raw Content-Length frames, so tests see exactly the bytes an
/// editor would: requests by id, and every notification from the server in arrival order.
/// </summary>
public sealed class LspTestClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Stream _toServer;
    private readonly Stream _fromServer;
    private readonly SemaphoreSlim _sendGate = new(1, 1);
    private readonly ConcurrentDictionary<long, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly List<JsonObject> _inbox = [];
    private readonly List<JsonObject> _received = [];
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _readLoop;
    private long _nextId;

    public LspTestClient(Stream toServer, Stream fromServer)
    {
        _toServer = toServer;
        _fromServer = fromServer;
        _readLoop = Task.Run(ReadLoopAsync);
    }

    /// <summary>Every frame the server sent, in order, as raw JSON text.</summary>
    public ConcurrentQueue<string> RawFrames { get; } = new();

    /// <summary>Completes when the server closes its output.</summary>
    public Task Closed => _readLoop;

    public static JsonNode? ToNode(object? value) => value is null ? null : JsonSerializer.SerializeToNode(value, Json);

    /// <summary>Sends a request and returns the whole response message (result or error).</summary>
    public async Task<JsonObject> RequestAsync(string method, object? parameters = null)
    {
        var (id, response) = await StartRequestAsync(method, parameters);
        _ = id;
        return await response.WaitAsync(Timeout);
    }

    /// <summary>Sends a request and returns its id and the pending response, for tests that cancel it.</summary>
    public async Task<(long Id, Task<JsonObject> Response)> StartRequestAsync(string method, object? parameters = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var completion = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = completion;
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method };
        if (parameters is not null)
        {
            message["params"] = ToNode(parameters);
        }

        await SendRawAsync(message.ToJsonString(Json));
        return (id, completion.Task);
    }

    public Task NotifyAsync(string method, object? parameters = null)
    {
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method };
        if (parameters is not null)
        {
            message["params"] = ToNode(parameters);
        }

        return SendRawAsync(message.ToJsonString(Json));
    }

    /// <summary>Sends any text as one frame, valid JSON or not.</summary>
    public Task SendRawAsync(string body) => SendRawBytesAsync(Encoding.UTF8.GetBytes(body));

    /// <summary>Sends bytes with no framing at all, as a confused client would.</summary>
    public async Task SendUnframedAsync(string text)
    {
        await _sendGate.WaitAsync();
        try
        {
            await _toServer.WriteAsync(Encoding.UTF8.GetBytes(text));
            await _toServer.FlushAsync();
        }
        finally
        {
            _sendGate.Release();
        }
    }

    /// <summary>Sends any bytes as one frame, valid UTF-8 or not.</summary>
    public async Task SendRawBytesAsync(byte[] bytes)
    {
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"Content-Length: {bytes.Length}\r\n\r\n"));
        await _sendGate.WaitAsync();
        try
        {
            await _toServer.WriteAsync(header);
            await _toServer.WriteAsync(bytes);
            await _toServer.FlushAsync();
        }
        finally
        {
            _sendGate.Release();
        }
    }

    /// <summary>Takes the earliest notification of a method not taken yet that matches, waiting for it if need be.</summary>
    public Task<JsonObject> WaitForNotificationAsync(string method, Func<JsonObject, bool>? predicate = null) =>
        WaitForMessageAsync(m => m["method"]?.GetValue<string>() == method && (predicate is null || predicate(m)));

    /// <summary>Takes the earliest unsolicited message (a notification, or a response to a raw frame) that matches.</summary>
    public async Task<JsonObject> WaitForMessageAsync(Func<JsonObject, bool> predicate)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        while (true)
        {
            Task arrived;
            lock (_inbox)
            {
                var index = _inbox.FindIndex(m => predicate(m));
                if (index >= 0)
                {
                    var message = _inbox[index];
                    _inbox.RemoveAt(index);
                    return message;
                }

                if (_readLoop.IsCompleted)
                {
                    throw new IOException("The server closed the connection before the message arrived.", _readLoop.Exception);
                }

                arrived = _arrived.Task;
            }

            await arrived.WaitAsync(timeout.Token);
        }
    }

    /// <summary>Waits for diagnostics of a document, optionally of one version; returns the params object.</summary>
    public async Task<JsonObject> WaitForDiagnosticsAsync(string uri, int? version = null)
    {
        var message = await WaitForNotificationAsync(
            "textDocument/publishDiagnostics",
            m => m["params"]!["uri"]!.GetValue<string>() == uri
                && (version is null || m["params"]!["version"]?.GetValue<int>() == version));
        return message["params"]!.AsObject();
    }

    /// <summary>Every unsolicited message received so far, taken or not.</summary>
    public IReadOnlyList<JsonObject> ReceivedMessages
    {
        get
        {
            lock (_inbox)
            {
                return [.. _received];
            }
        }
    }

    public async Task<JsonObject> InitializeAsync(object? initializationOptions = null, string? rootUri = null)
    {
        var response = await RequestAsync("initialize", new { processId = Environment.ProcessId, rootUri, capabilities = new { }, initializationOptions });
        await NotifyAsync("initialized", new { });
        return response;
    }

    public Task OpenAsync(string uri, string text, string languageId = "markdown", int version = 1) =>
        NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId, version, text } });

    public Task ChangeFullAsync(string uri, int version, string text) =>
        NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = new[] { new { text } } });

    public async ValueTask DisposeAsync()
    {
        _toServer.Dispose();
        try
        {
            await _readLoop.WaitAsync(Timeout);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The server side may already be gone.
        }

        _sendGate.Dispose();
    }

    private async Task ReadLoopAsync()
    {
        try
        {
            while (await ReadFrameAsync() is { } body)
            {
                RawFrames.Enqueue(body);
                var message = JsonNode.Parse(body)!.AsObject();
                if (!message.ContainsKey("method") && message["id"] is JsonValue id && id.TryGetValue<long>(out var number) && _pending.TryRemove(number, out var completion))
                {
                    completion.TrySetResult(message);
                }
                else
                {
                    Deliver(message);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            // The connection closed.
        }
        finally
        {
            lock (_inbox)
            {
                _arrived.TrySetResult();
            }

            foreach (var pending in _pending.Values)
            {
                pending.TrySetException(new IOException("The server closed the connection."));
            }
        }
    }

    private void Deliver(JsonObject message)
    {
        lock (_inbox)
        {
            _inbox.Add(message);
            _received.Add(message);
            var arrived = _arrived;
            _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            arrived.TrySetResult();
        }
    }

    private async Task<string?> ReadFrameAsync()
    {
        var header = new StringBuilder();
        var one = new byte[1];
        while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await _fromServer.ReadAsync(one) == 0)
            {
                return header.Length == 0 ? null : throw new IOException("The stream ended inside a header: " + header);
            }

            header.Append((char)one[0]);
        }

        var lengthLine = header.ToString().Split("\r\n").Single(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        var length = int.Parse(lengthLine["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture);
        var body = new byte[length];
        await _fromServer.ReadExactlyAsync(body);
        return Encoding.UTF8.GetString(body);
    }
}
