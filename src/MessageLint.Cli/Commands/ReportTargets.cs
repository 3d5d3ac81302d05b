using MessageLint.Audit.Reports;

namespace MessageLint.Cli.Commands;

/// <summary>Turns the report options into report writers: each named file, or every kind into --report-dir.</summary>
internal static class ReportTargets
{
    public static List<IAuditReportWriter> Create(string currentDirectory, string? json, string? jsonl, string? sarif, string? csv, string? html, string? reportDir)
    {
        string? Resolve(string? explicitPath, string defaultName)
            => explicitPath is not null ? Path.GetFullPath(explicitPath, currentDirectory)
                : reportDir is not null ? Path.Combine(Path.GetFullPath(reportDir, currentDirectory), defaultName)
                : null;

        var writers = new List<IAuditReportWriter>();
        var outcomeJson = new SharedOutcomeJson();
        try
        {
            if (Resolve(json, "audit.json") is { } jsonPath)
            {
                writers.Add(new AuditJsonWriter(jsonPath, outcomeJson));
            }

            if (Resolve(jsonl, "audit.jsonl") is { } jsonlPath)
            {
                writers.Add(new AuditJsonlWriter(jsonlPath, outcomeJson));
            }

            if (Resolve(sarif, "audit.sarif") is { } sarifPath)
            {
                writers.Add(new AuditSarifWriter(sarifPath));
            }

            if (Resolve(csv, "audit.csv") is { } csvPath)
            {
                writers.Add(new AuditCsvWriter(csvPath));
            }

            if (Resolve(html, "audit.html") is { } htmlPath)
            {
                writers.Add(new AuditHtmlWriter(htmlPath));
            }
        }
        catch
        {
            foreach (var writer in writers)
            {
                writer.Dispose();
            }

            throw;
        }

        return writers;
    }

    public static IEnumerable<string> Display(IEnumerable<IAuditReportWriter> writers, string currentDirectory)
        => writers.Select(w =>
        {
            var relative = Path.GetRelativePath(currentDirectory, w.Path);
            return relative.StartsWith("..", StringComparison.Ordinal) ? w.Path : relative;
        });
}
