using MessageLint.Audit.Reports;
using MessageLint.Formats.Output;

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
                writers.Add(Open(jsonPath, path => new AuditJsonWriter(path, outcomeJson)));
            }

            if (Resolve(jsonl, "audit.jsonl") is { } jsonlPath)
            {
                writers.Add(Open(jsonlPath, path => new AuditJsonlWriter(path, outcomeJson)));
            }

            if (Resolve(sarif, "audit.sarif") is { } sarifPath)
            {
                writers.Add(Open(sarifPath, path => new AuditSarifWriter(path)));
            }

            if (Resolve(csv, "audit.csv") is { } csvPath)
            {
                writers.Add(Open(csvPath, path => new AuditCsvWriter(path)));
            }

            if (Resolve(html, "audit.html") is { } htmlPath)
            {
                writers.Add(Open(htmlPath, path => new AuditHtmlWriter(path)));
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

    /// <summary>
    /// Creates one writer, failing early and clearly: a folder where the file should go, or a folder that cannot
    /// be created, would otherwise fail only at the end of the run for the reports written whole (HTML).
    /// </summary>
    private static IAuditReportWriter Open(string path, Func<string, IAuditReportWriter> create)
    {
        if (Directory.Exists(path))
        {
            throw new ReportTargetException(path, "that is a folder; name a file");
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            return create(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ReportTargetException(path, OutputPathProblem.Describe(path, ex), ex);
        }
    }

    public static IEnumerable<string> Display(IEnumerable<IAuditReportWriter> writers, string currentDirectory)
        => writers.Select(w =>
        {
            var relative = Path.GetRelativePath(currentDirectory, w.Path);
            return relative.StartsWith("..", StringComparison.Ordinal) ? w.Path : relative;
        });
}
