using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace MessageLint.LanguageServer;

/// <summary>
/// LSP's Content-Length framing, plus what JSON-RPC asks of a server and StreamJsonRpc does not do:
/// a frame that is not valid JSON gets a parse error (id null), a request of the wrong shape gets an
/// invalid-request error with its own id, and the connection stays up — StreamJsonRpc would close
/// it on either. The frame is consumed whatever happens, so reading resumes at the next header.
/// </summary>
internal sealed class LspMessageHandler : HeaderDelimitedMessageHandler
{
    /// <summary>A header block longer than this is not LSP: the connection ends instead of buffering it.</summary>
    public const int MaximumHeaderBytes = 8 * 1024;

    /// <summary>A body longer than this is refused before it is read, so a bogus length cannot exhaust memory.</summary>
    public const int MaximumContentLength = 64 * 1024 * 1024;

    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();
    private readonly SystemTextJsonFormatter _formatter;
    private readonly TextWriter _log;

    public LspMessageHandler(Stream output, Stream input, SystemTextJsonFormatter formatter, TextWriter log)
        : base(output, input, formatter)
    {
        _formatter = formatter;
        _log = log;
    }

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        var reader = Reader ?? throw new InvalidOperationException("No receiving stream.");
        while (true)
        {
            if (await ReadContentLengthAsync(reader, cancellationToken).ConfigureAwait(false) is not { } length)
            {
                return null;
            }

            if (length == 0)
            {
                await ReplyToMalformedAsync(ReadOnlySequence<byte>.Empty, new JsonException("The message is empty."), cancellationToken).ConfigureAwait(false);
                continue;
            }

            var result = await ReadAtLeastAsync(length, allowEmpty: false, cancellationToken).ConfigureAwait(false);
            var body = result.Buffer.Slice(0, length);
            JsonRpcError? reply;
            try
            {
                return _formatter.Deserialize(body);
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or NotSupportedException)
            {
                reply = CreateReply(body, ex);
            }
            finally
            {
                reader.AdvanceTo(body.End);
            }

            if (reply is not null)
            {
                await WriteAsync(reply, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async ValueTask ReplyToMalformedAsync(ReadOnlySequence<byte> body, Exception exception, CancellationToken cancellationToken)
    {
        if (CreateReply(body, exception) is { } reply)
        {
            await WriteAsync(reply, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A parse error for broken JSON, an invalid-request error for a request of the wrong shape, nothing for a broken notification.</summary>
    private JsonRpcError? CreateReply(ReadOnlySequence<byte> body, Exception exception)
    {
        var id = RequestId.Null;
        var code = JsonRpcErrorCode.ParseError;
        var isNotification = false;
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            code = JsonRpcErrorCode.InvalidRequest;
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                if (document.RootElement.TryGetProperty("id", out var idElement))
                {
                    id = idElement.ValueKind switch
                    {
                        JsonValueKind.Number when idElement.TryGetInt64(out var number) => new RequestId(number),
                        JsonValueKind.String => new RequestId(idElement.GetString()),
                        _ => RequestId.Null,
                    };
                }
                else
                {
                    isNotification = document.RootElement.TryGetProperty("method", out _);
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON at all: the parse error stands, with a null id as JSON-RPC requires.
        }

        _log.WriteLine($"messagelint lsp: malformed message ({(code == JsonRpcErrorCode.ParseError ? "not JSON" : "not a valid JSON-RPC message")}): {exception.Message}");
        if (isNotification)
        {
            return null;
        }

        var error = ((IJsonRpcMessageFactory)_formatter).CreateErrorMessage();
        error.RequestId = id;
        error.Error = new JsonRpcError.ErrorDetail
        {
            Code = code,
            Message = (code == JsonRpcErrorCode.ParseError ? "Parse error: " : "Invalid request: ") + exception.Message,
        };
        return error;
    }

    /// <summary>Reads the header block; null at a clean end of the stream.</summary>
    private static async ValueTask<int?> ReadContentLengthAsync(PipeReader reader, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            var sequenceReader = new SequenceReader<byte>(buffer);
            if (sequenceReader.TryReadTo(out ReadOnlySequence<byte> headers, HeaderEnd, advancePastDelimiter: true))
            {
                // Decode before advancing: the buffer's memory belongs to the pipe again after AdvanceTo.
                var text = Encoding.ASCII.GetString(headers);
                reader.AdvanceTo(sequenceReader.Position);
                return ParseContentLength(text);
            }

            if (buffer.Length > MaximumHeaderBytes)
            {
                reader.AdvanceTo(buffer.End);
                throw new InvalidDataException($"A message header is longer than {MaximumHeaderBytes} bytes without ending.");
            }

            if (result.IsCompleted)
            {
                reader.AdvanceTo(buffer.End);
                if (buffer.Length == 0 || buffer.ToArray().All(b => b is (byte)'\r' or (byte)'\n'))
                {
                    return null;
                }

                throw new EndOfStreamException("The stream ended inside a message header.");
            }

            if (result.IsCanceled)
            {
                throw new OperationCanceledException(cancellationToken);
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static int ParseContentLength(string headers)
    {
        foreach (var line in headers.Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0
                && line.AsSpan(0, colon).Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(line.AsSpan(colon + 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                // Skipping an oversized body would still mean reading it; a client that sends one is broken.
                return length <= MaximumContentLength
                    ? length
                    : throw new InvalidDataException($"A message declares Content-Length {length}, more than the {MaximumContentLength} bytes this server accepts.");
            }
        }

        // Without a length the next frame cannot be found: this is the one error that ends the connection.
        throw new InvalidDataException($"A message header has no valid Content-Length: '{headers}'.");
    }
}
