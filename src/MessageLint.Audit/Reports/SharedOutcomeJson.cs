using System.Buffers;
using System.Text.Json;

namespace MessageLint.Audit.Reports;

/// <summary>
/// One outcome's compact JSON (<see cref="OutcomeJson"/>), written once and handed to every report that
/// holds outcomes whole — the JSON report's messages and the JSON Lines — which otherwise serialised
/// each message once apiece. Reports are fed from one thread, in order, so the last outcome is enough to keep.
/// </summary>
public sealed class SharedOutcomeJson
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 14);
    private MessageOutcome? _last;

    /// <summary>
    /// The outcome's JSON bytes, valid until the next call with another outcome. They are written to
    /// a buffer, not to a report's file: flushing a Utf8JsonWriter that writes to a stream also flushes
    /// the stream, one system call a message.
    /// </summary>
    public ReadOnlySpan<byte> Of(MessageOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (!ReferenceEquals(outcome, _last))
        {
            _buffer.ResetWrittenCount();
            using var writer = new Utf8JsonWriter(_buffer, AuditJson.Compact);
            OutcomeJson.Write(writer, outcome);
            writer.Flush();
            _last = outcome;
        }

        return _buffer.WrittenSpan;
    }
}
