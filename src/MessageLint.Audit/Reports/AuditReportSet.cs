namespace MessageLint.Audit.Reports;

/// <summary>
/// The aggregator and the report writers of one run, fed together: every outcome goes to each in
/// input order, and at the end the summary is computed once and every report is finished and put in
/// place. Used alike by a run and by a merge of shards, which is why both give the same reports.
/// </summary>
public sealed class AuditReportSet : IAuditSink, IDisposable
{
    private readonly AuditRunInfo _run;
    private readonly AuditAggregator _aggregator;
    private readonly IReadOnlyList<IAuditReportWriter> _writers;

    /// <summary>Starts the reports with the run's header.</summary>
    public AuditReportSet(AuditRunInfo run, IReadOnlyList<IAuditReportWriter> writers)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(writers);
        _run = run;
        _writers = writers;
        _aggregator = new AuditAggregator(run.Descriptors, run.Top, run.Hours);
        foreach (var writer in writers)
        {
            writer.Begin(run);
        }
    }

    /// <summary>The run's header.</summary>
    public AuditRunInfo Run => _run;

    /// <inheritdoc />
    public void Add(MessageOutcome outcome)
    {
        _aggregator.Add(outcome);
        foreach (var writer in _writers)
        {
            writer.Add(outcome);
        }
    }

    /// <summary>Computes the summary, finishes every report and commits them; returns the summary.</summary>
    public AuditSummary Complete(AuditCompletion completion)
    {
        ArgumentNullException.ThrowIfNull(completion);
        var summary = _aggregator.Complete();
        foreach (var writer in _writers)
        {
            writer.End(summary, completion);
        }

        foreach (var writer in _writers)
        {
            writer.Commit();
        }

        return summary;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var writer in _writers)
        {
            writer.Dispose();
        }
    }
}
