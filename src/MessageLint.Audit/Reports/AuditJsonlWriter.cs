using MessageLint.Formats.Output;

namespace MessageLint.Audit.Reports;

/// <summary>JSON Lines: one outcome a line, in input order, the same objects as the JSON report's messages; nothing else.</summary>
public sealed class AuditJsonlWriter : IAuditReportWriter
{
    private readonly AtomicFile _file;
    private readonly SharedOutcomeJson _json;

    /// <summary>Starts a JSONL report at a path; <paramref name="json"/> shares each outcome's JSON with another report.</summary>
    public AuditJsonlWriter(string path, SharedOutcomeJson? json = null)
    {
        _file = new AtomicFile(path);
        _json = json ?? new SharedOutcomeJson();
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
        _file.Stream.Write(_json.Of(outcome));
        _file.Stream.WriteByte((byte)'\n');
    }

    /// <inheritdoc />
    public void End(AuditSummary summary, AuditCompletion completion)
    {
    }

    /// <inheritdoc />
    public void Commit() => _file.Commit();

    /// <inheritdoc />
    public void Dispose()
    {
        _file.Dispose();
    }
}
