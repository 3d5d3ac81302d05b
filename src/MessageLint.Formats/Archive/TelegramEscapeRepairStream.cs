namespace MessageLint.Formats.Archive;

/// <summary>
/// Telegram Desktop writes control characters inside strings as <c>\x0B</c>, which is not JSON; this
/// stream rewrites each such escape to <c>\u000B</c> on the fly, so one stray character does not end
/// the reading of an archive. Everything else passes through unchanged, line breaks included.
/// </summary>
public sealed class TelegramEscapeRepairStream : Stream
{
    private readonly Stream _inner;
    private readonly bool _leaveOpen;
    private readonly byte[] _pending = new byte[3];
    private byte[] _input = new byte[1 << 16];
    private int _pendingStart;
    private int _pendingCount;
    private bool _inString;
    private bool _afterBackslash;

    /// <summary>Wraps a stream of an exported result.json.</summary>
    public TelegramEscapeRepairStream(Stream inner, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
        _leaveOpen = leaveOpen;
    }

    /// <summary>Bytes read from the wrapped stream so far, for progress.</summary>
    public long InnerPosition { get; private set; }

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        var written = 0;
        while (_pendingCount > 0 && written < buffer.Length)
        {
            buffer[written++] = _pending[_pendingStart++];
            _pendingCount--;
        }

        if (written > 0)
        {
            return written;
        }

        // Each input byte becomes at most three output bytes ("x" → "u00"); what does not fit waits in _pending.
        var want = Math.Max(1, buffer.Length / 3);
        if (_input.Length < want)
        {
            _input = new byte[want];
        }

        var read = _inner.Read(_input, 0, want);
        InnerPosition += read;
        _pendingStart = 0;
        var i = 0;
        if (buffer.Length >= 3 * read)
        {
            // Everything fits: copy the runs between quotes and backslashes in bulk and look only at
            // those bytes one by one (most of an export is text, so this is most of the reading).
            while (i < read)
            {
                if (!_afterBackslash)
                {
                    var run = _input.AsSpan(i, read - i).IndexOfAny((byte)'"', (byte)'\\');
                    var length = run < 0 ? read - i : run;
                    _input.AsSpan(i, length).CopyTo(buffer[written..]);
                    written += length;
                    i += length;
                    if (i == read)
                    {
                        break;
                    }
                }

                Repair(buffer, ref written, _input[i++]);
            }

            return written;
        }

        for (; i < read; i++)
        {
            Repair(buffer, ref written, _input[i]);
        }

        return written;
    }

    /// <summary>Passes one byte on, rewriting "\x" to "\u00" inside strings and tracking strings and escapes.</summary>
    private void Repair(Span<byte> buffer, ref int written, byte b)
    {
        if (_afterBackslash)
        {
            _afterBackslash = false;
            if (b == (byte)'x')
            {
                Emit(buffer, ref written, (byte)'u');
                Emit(buffer, ref written, (byte)'0');
                Emit(buffer, ref written, (byte)'0');
                return;
            }
        }
        else if (_inString && b == (byte)'\\')
        {
            _afterBackslash = true;
        }
        else if (b == (byte)'"')
        {
            _inString = !_inString;
        }

        Emit(buffer, ref written, b);
    }

    private void Emit(Span<byte> buffer, ref int written, byte value)
    {
        if (written < buffer.Length)
        {
            buffer[written++] = value;
        }
        else
        {
            _pending[_pendingCount++] = value;
        }
    }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_leaveOpen)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
