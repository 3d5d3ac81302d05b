using System.Buffers;
using System.Text.Json;
using MessageLint.Formats.Output;

namespace MessageLint.Audit.Reports;

/// <summary>JSON Lines: one outcome a line, in input order, the same objects as the JSON report's messages; nothing else.</summary>
public sealed class AuditJsonlWriter : IAuditReportWriter
{
    private readonly AtomicFile _file;
    private readonly Utf8JsonWriter _writer;

    /// <summary>
    /// Each record is written here first and then copied to the file stream: flushing a
    /// Utf8JsonWriter that writes to a stream also flushes the stream, one system call a message.
    /// </summary>
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 14);

    /// <summary>Starts a JSONL report at a path.</summary>
    public AuditJsonlWriter(string path)
    {
        _file = new AtomicFile(path);
        _writer = new Utf8JsonWriter(_buffer, AuditJson.Compact);
    }

    /// <inheritdoc />
    public string Path => _file.Path;

    /// <inheritdoc />
    public void Begin(AuditRunInfo run)
    {
    }

    /// <inheritdoc />
    public void Add(MessageOutcome outcome)
    {
        OutcomeJson.Write(_writer, outcome);
        _writer.Flush();
        _writer.Reset();
        _file.Stream.Write(_buffer.WrittenSpan);
        _buffer.ResetWrittenCount();
        _file.Stream.WriteByte((byte)'\n');
    }

    /// <inheritdoc />
    public void End(AuditSummary summary, AuditCompletion completion)
    {
    }

    /// <inheritdoc />
    public void Commit()
    {
        _writer.Dispose();
        _file.Commit();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // The writer is disposed before the file, whose stream it would otherwise flush after closing.
        if (_file.Stream.CanWrite)
        {
            _writer.Dispose();
        }

        _file.Dispose();
    }
}
