using System.Globalization;
using CsvHelper;
using MessageLint.Core.Diagnostics;
using MessageLint.Formats.Output;

namespace MessageLint.Audit.Reports;

/// <summary>
/// The CSV summary for spreadsheets: one row per record read, in input order, with its status,
/// score, counts by severity and the rules that fired. Text that a spreadsheet would run as a
/// formula (=, +, -, @ at the start) is escaped with a leading apostrophe.
/// </summary>
public sealed class AuditCsvWriter : IAuditReportWriter
{
    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["seq", "id", "chat", "date", "author", "link", "status", "reason", "score", "errors", "warnings", "infos", "rules", "location"];

    private readonly AtomicFile _file;
    private readonly CsvWriter _csv;

    /// <summary>Starts a CSV report at a path.</summary>
    public AuditCsvWriter(string path)
    {
        _file = new AtomicFile(path);
        _csv = CsvWriter.Create(_file.Stream, new CsvWriterOptions
        {
            NewLine = "\n",
            Injection = CsvInjection.Escape,
            FormatProvider = CultureInfo.InvariantCulture,
        }, leaveOpen: true);
    }

    /// <inheritdoc />
    public string Path => _file.Path;

    /// <inheritdoc />
    public void Begin(AuditRunInfo run) => _csv.WriteHeader([.. Columns]);

    /// <inheritdoc />
    public void Add(MessageOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var reported = outcome.Findings.Where(f => f.IsReported).ToList();
        _csv.WriteRecord(
        [
            outcome.Sequence.ToString(CultureInfo.InvariantCulture),
            outcome.Id ?? string.Empty,
            outcome.Chat?.Name ?? outcome.Chat?.Id ?? string.Empty,
            outcome.LocalDate?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? string.Empty,
            outcome.Author ?? string.Empty,
            outcome.Link ?? string.Empty,
            OutcomeJson.StatusName(outcome.Status),
            outcome.Status == OutcomeStatus.Checked ? string.Empty : Reason(outcome),
            outcome.Score?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            reported.Count(f => f.Severity == Severity.Error).ToString(CultureInfo.InvariantCulture),
            reported.Count(f => f.Severity == Severity.Warning).ToString(CultureInfo.InvariantCulture),
            reported.Count(f => f.Severity == Severity.Info).ToString(CultureInfo.InvariantCulture),
            string.Join(' ', reported.Select(f => f.RuleId).Distinct(StringComparer.Ordinal)),
            outcome.Location,
        ]);
    }

    /// <inheritdoc />
    public void End(AuditSummary summary, AuditCompletion completion) => _csv.Flush();

    /// <inheritdoc />
    public void Commit()
    {
        _csv.Dispose();
        _file.Commit();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // The writer is disposed before the file, whose stream it would otherwise flush after closing.
        if (_file.Stream.CanWrite)
        {
            _csv.Dispose();
        }

        _file.Dispose();
    }

    private static string Reason(MessageOutcome outcome)
        => outcome.ReasonDetail is { } detail ? $"{outcome.Reason}: {detail}" : outcome.Reason ?? string.Empty;
}
