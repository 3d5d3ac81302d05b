using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;

namespace MessageLint.Benchmarks;

/// <summary>
/// The thinnest LSP client: Content-Length frames written straight into a pipe and read from one,
/// so the benchmark times the server rather than a client library. One sender at a time, as the
/// benchmark awaits each message.
/// </summary>
public sealed class RawLspClient
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();

    private readonly PipeWriter _toServer;
    private readonly PipeReader _fromServer;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<int>> _diagnostics = new();
    private readonly ConcurrentDictionary<long, TaskCompletionSource<bool>> _responses = new();
    private readonly Task _readLoop;
    private long _nextId;

    public RawLspClient(PipeWriter toServer, PipeReader fromServer)
    {
        _toServer = toServer;
        _fromServer = fromServer;
        _readLoop = Task.Run(ReadLoopAsync);
    }

    /// <summary>Completes when the server closes its output.</summary>
    public Task Closed => _readLoop;

    /// <summary>A task that completes with the number of diagnostics when that version's diagnostics arrive.</summary>
    public Task<int> ExpectDiagnostics(int version) =>
        _diagnostics.GetOrAdd(version, _ => new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public async Task RequestAsync(string method, object? parameters = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var response = _responses.GetOrAdd(id, _ => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        await SendAsync(new { jsonrpc = "2.0", id, method, @params = parameters });
        await response.Task;
    }

    public Task NotifyAsync(string method, object? parameters = null) => SendAsync(new { jsonrpc = "2.0", method, @params = parameters });

    private async Task SendAsync(object message)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(message, Json);
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n\r\n"));
        _toServer.Write(header);
        _toServer.Write(body);
        await _toServer.FlushAsync();
    }

    private async Task ReadLoopAsync()
    {
        while (true)
        {
            var result = await _fromServer.ReadAsync();
            var buffer = result.Buffer;
            while (TryReadFrame(ref buffer, out var frame))
            {
                Dispatch(frame);
            }

            _fromServer.AdvanceTo(buffer.Start, buffer.End);
            if (result.IsCompleted)
            {
                return;
            }
        }
    }

    private static bool TryReadFrame(ref ReadOnlySequence<byte> buffer, out byte[] frame)
    {
        frame = [];
        var reader = new SequenceReader<byte>(buffer);
        if (!reader.TryReadTo(out ReadOnlySequence<byte> header, HeaderEnd))
        {
            return false;
        }

        var text = Encoding.ASCII.GetString(header);
        var length = int.Parse(text[(text.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim(), CultureInfo.InvariantCulture);
        if (reader.Remaining < length)
        {
            return false;
        }

        frame = reader.UnreadSequence.Slice(0, length).ToArray();
        buffer = buffer.Slice(reader.Position).Slice(length);
        return true;
    }

    private void Dispatch(byte[] frame)
    {
        using var document = JsonDocument.Parse(frame);
        var root = document.RootElement;
        if (root.TryGetProperty("method", out var method))
        {
            if (method.ValueEquals("textDocument/publishDiagnostics")
                && root.GetProperty("params").TryGetProperty("version", out var version)
                && _diagnostics.TryRemove(version.GetInt32(), out var waiting))
            {
                waiting.TrySetResult(root.GetProperty("params").GetProperty("diagnostics").GetArrayLength());
            }
        }
        else if (root.TryGetProperty("id", out var id) && id.TryGetInt64(out var number) && _responses.TryRemove(number, out var response))
        {
            response.TrySetResult(true);
        }
    }
}
