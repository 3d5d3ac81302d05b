using System.Buffers;
using System.Text;
using System.Text.Json;
using MessageLint.Core.Diagnostics;
using MessageLint.Formats;
using MessageLint.Formats.Output;

namespace MessageLint.Audit.Reports;

/// <summary>
/// The JSON report: the run's header, every outcome (one compact object a line, in input order),
/// baseline results no longer found, and the summary. It is also what `messagelint merge` reads:
/// it holds everything the other reports are made of, so shards merge into the same reports.
/// </summary>
public sealed class AuditJsonWriter : IAuditReportWriter
{
    /// <summary>The version of this format.</summary>
    public const string FormatVersion = "messagelint-audit/1";

    private static readonly byte[] Separator = ",\n"u8.ToArray();

    private readonly AtomicFile _file;
    private readonly Utf8JsonWriter _writer;

    /// <summary>
    /// Each record is written here first and then copied to the file stream: flushing a
    /// Utf8JsonWriter that writes to a stream also flushes the stream, one system call a message.
    /// </summary>
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 14);
    private readonly SharedOutcomeJson _json;
    private bool _first = true;

    /// <summary>Starts a JSON report at a path; <paramref name="json"/> shares each outcome's JSON with another report.</summary>
    public AuditJsonWriter(string path, SharedOutcomeJson? json = null)
    {
        _file = new AtomicFile(path);
        _writer = new Utf8JsonWriter(_buffer, AuditJson.Compact);
        _json = json ?? new SharedOutcomeJson();
    }

    /// <inheritdoc />
    public string Path => _file.Path;

    /// <inheritdoc />
    public void Begin(AuditRunInfo run)
    {
        ArgumentNullException.ThrowIfNull(run);
        Raw("{\"version\":");
        Value(w => w.WriteStringValue(FormatVersion));
        Raw(",\n\"tool\":");
        Value(w =>
        {
            w.WriteStartObject();
            w.WriteString("name", "messagelint");
            w.WriteString("version", RunResult.ToolVersion);
            w.WriteEndObject();
        });
        Raw(",\n\"run\":");
        Value(w => WriteRun(w, run));
        Raw(",\n\"shard\":");
        Value(w =>
        {
            if (run.Shard is { } shard)
            {
                w.WriteStartObject();
                w.WriteNumber("index", shard.Index);
                w.WriteNumber("count", shard.Count);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNullValue();
            }
        });
        Raw(",\n\"messages\":[\n");
    }

    /// <inheritdoc />
    public void Add(MessageOutcome outcome)
    {
        if (!_first)
        {
            _file.Stream.Write(Separator);
        }

        _first = false;
        _file.Stream.Write(_json.Of(outcome));
    }

    /// <inheritdoc />
    public void End(AuditSummary summary, AuditCompletion completion)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(completion);
        Raw(_first ? "],\n\"absent\":[" : "\n],\n\"absent\":[");
        for (var i = 0; i < completion.Absent.Count; i++)
        {
            Raw(i == 0 ? "\n" : ",\n");
            var entry = completion.Absent[i];
            Value(w => OutcomeJson.WriteAbsent(w, entry));
        }

        Raw(completion.Absent.Count > 0 ? "\n],\n\"interrupted\":" : "],\n\"interrupted\":");
        Value(w => w.WriteBooleanValue(completion.Interrupted));
        Raw(",\n\"otherShards\":");
        Value(w => w.WriteNumberValue(completion.OtherShards));
        Raw(",\n\"summary\":");
        using (var pretty = new Utf8JsonWriter(_file.Stream, AuditJson.Indented))
        {
            SummaryJson.Write(pretty, summary, completion);
        }

        Raw("\n}\n");
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

    /// <summary>Writes the run header object.</summary>
    internal static void WriteRun(Utf8JsonWriter writer, AuditRunInfo run)
    {
        writer.WriteStartObject();
        writer.WriteString("source", run.Source);
        writer.WriteString("inputFormat", run.InputFormat);
        writer.WriteString("profile", run.Profile);
        writer.WriteString("failOn", run.FailOn.ToName());
        writer.WriteStartArray("authors");
        foreach (var name in run.OwnNames)
        {
            writer.WriteStringValue(name);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("fromIds");
        foreach (var id in run.OwnIds)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
        writer.WriteString("baseline", run.BaselinePath);
        writer.WriteString("workingHours", run.Hours.Describe());
        writer.WriteNumber("top", run.Top);
        writer.WriteEndObject();
    }

    private void Value(Action<Utf8JsonWriter> write)
    {
        write(_writer);
        _writer.Flush();
        _writer.Reset();
        _file.Stream.Write(_buffer.WrittenSpan);
        _buffer.ResetWrittenCount();
    }

    private void Raw(string text) => _file.Stream.Write(Encoding.UTF8.GetBytes(text));
}
