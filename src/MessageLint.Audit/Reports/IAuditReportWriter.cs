namespace MessageLint.Audit.Reports;

/// <summary>
/// A report file: started with the run's header, fed outcomes in input order, finished with the
/// summary, then committed into place atomically. Disposing an uncommitted writer leaves no file.
/// </summary>
public interface IAuditReportWriter : IAuditSink, IDisposable
{
    /// <summary>Where the report goes.</summary>
    string Path { get; }

    /// <summary>Writes the header.</summary>
    void Begin(AuditRunInfo run);

    /// <summary>Writes what comes after the outcomes.</summary>
    void End(AuditSummary summary, AuditCompletion completion);

    /// <summary>Puts the finished file in place.</summary>
    void Commit();
}
