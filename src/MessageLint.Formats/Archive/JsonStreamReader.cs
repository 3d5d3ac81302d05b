using System.Text;
using System.Text.Json;

namespace MessageLint.Formats.Archive;

/// <summary>
/// Reads a JSON document of any size token by token with <see cref="Utf8JsonReader"/> over a stream,
/// keeping only a window of it in memory, and hands out whole array elements (one message) at a
/// time. Memory grows only with the largest single element, never with the document.
/// </summary>
public sealed class JsonStreamReader : IDisposable
{
    private const int DefaultBufferSize = 1 << 16;

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly int _maxBufferSize;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _final;
    private bool _started;
    private JsonReaderState _state;
    private long _bufferOffset;
    private int _countedTo;
    private long _newlines;
    private string? _value;

    /// <summary>Reads from a stream; <paramref name="maxElementBytes"/> caps the largest single element or token.</summary>
    public JsonStreamReader(Stream stream, int maxElementBytes = 256 * 1024 * 1024, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _leaveOpen = leaveOpen;
        _maxBufferSize = Math.Max(DefaultBufferSize, maxElementBytes);
        _buffer = new byte[DefaultBufferSize];
        _state = new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 });
    }

    /// <summary>The type of the last token read.</summary>
    public JsonTokenType TokenType { get; private set; }

    /// <summary>The 1-based line where the last token or element starts.</summary>
    public int TokenLine { get; private set; }

    /// <summary>Bytes of the stream consumed so far.</summary>
    public long BytesConsumed => _bufferOffset + _start;

    /// <summary>The last property name or string value read, or a number's text; null for other tokens and JSON null.</summary>
    public string? Value => _value;

    /// <summary>Reads the next token; false at the end of the input.</summary>
    public bool Read()
    {
        while (true)
        {
            EnsureStarted();
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            if (reader.Read())
            {
                var tokenStart = _start + (int)reader.TokenStartIndex;
                TokenType = reader.TokenType;
                TokenLine = LineAt(tokenStart);
                try
                {
                    _value = reader.TokenType switch
                    {
                        JsonTokenType.PropertyName or JsonTokenType.String => reader.GetString(),
                        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                        _ => null,
                    };
                }
                catch (InvalidOperationException ex)
                {
                    // The tokenizer lets invalid UTF-8 and broken surrogate escapes through; decoding them throws.
                    throw new JsonException($"A string cannot be read: {ex.Message}", null, TokenLine - 1, null, ex);
                }

                _start += (int)reader.BytesConsumed;
                _state = reader.CurrentState;
                return true;
            }

            if (_final)
            {
                return false;
            }

            Fill();
        }
    }

    /// <summary>Skips the value whose first token was just read; containers are skipped token by token, so nothing is buffered.</summary>
    public void SkipValue()
    {
        if (TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        var depth = 1;
        while (depth > 0)
        {
            if (!Read())
            {
                throw new JsonException("The input ends inside a value.");
            }

            if (TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                depth++;
            }
            else if (TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                depth--;
            }
        }
    }

    /// <summary>
    /// Reads the next value whole — inside an array, the next element — and returns its bytes, valid
    /// until the next call; returns false and consumes the bracket when the array ends instead.
    /// </summary>
    public bool TryReadValue(out ReadOnlyMemory<byte> value)
    {
        while (true)
        {
            EnsureStarted();
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            if (!reader.Read())
            {
                if (_final)
                {
                    throw new JsonException("The input ends where a value was expected.");
                }

                Fill();
                continue;
            }

            var tokenStart = _start + (int)reader.TokenStartIndex;
            if (reader.TokenType is JsonTokenType.EndArray or JsonTokenType.EndObject)
            {
                TokenType = reader.TokenType;
                TokenLine = LineAt(tokenStart);
                _start += (int)reader.BytesConsumed;
                _state = reader.CurrentState;
                value = default;
                return false;
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
            {
                if (_final)
                {
                    throw new JsonException("The input ends inside a value.");
                }

                Fill();
                continue;
            }

            var end = _start + (int)reader.BytesConsumed;
            TokenType = reader.TokenType;
            TokenLine = LineAt(tokenStart);
            value = _buffer.AsMemory(tokenStart, end - tokenStart);
            _start = end;
            _state = reader.CurrentState;
            return true;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }

    private void EnsureStarted()
    {
        if (_started)
        {
            return;
        }

        _started = true;
        Fill();
        if (_end >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
        {
            _start = 3;
            _countedTo = 3;
        }
    }

    private int LineAt(int offset)
    {
        if (offset > _countedTo)
        {
            _newlines += _buffer.AsSpan(_countedTo, offset - _countedTo).Count((byte)'\n');
            _countedTo = offset;
        }

        return (int)Math.Min(int.MaxValue, _newlines + 1);
    }

    private void Fill()
    {
        if (_start > 0)
        {
            LineAt(_start);
            var remaining = _end - _start;
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, remaining);
            _bufferOffset += _start;
            _countedTo -= _start;
            _end = remaining;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= _maxBufferSize)
            {
                throw new JsonException($"A single value is larger than {_maxBufferSize / (1024 * 1024)} MB.");
            }

            Array.Resize(ref _buffer, (int)Math.Min(_maxBufferSize, (long)_buffer.Length * 2));
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _final = true;
        }
        else
        {
            _end += read;
        }
    }
}
