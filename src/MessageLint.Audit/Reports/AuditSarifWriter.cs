using System.Globalization;
using System.Text.Json;
using MessageLint.Audit.Baseline;
using MessageLint.Core.Diagnostics;
using MessageLint.Formats;
using MessageLint.Formats.Output;
using MessageLint.Formats.Writers;

namespace MessageLint.Audit.Reports;

/// <summary>
/// SARIF 2.1.0 for code scanning, written as a stream: one result per finding, located physically in
/// the archive file (the message's line, or the finding's line and column for whole-file drafts) and
/// logically as the message (<c>chat/id</c>), with its ID, date, author and link in the result's
/// properties. Fingerprints are the ones `check` writes; with a baseline, each result has its
/// <c>baselineState</c> and baseline results no longer found are listed as <c>absent</c>.
/// </summary>
public sealed class AuditSarifWriter : IAuditReportWriter
{
    private const int MaxNotifications = 200;

    private readonly AtomicFile _file;
    private readonly Utf8JsonWriter _writer;
    private readonly Dictionary<string, int> _ruleIndex = new(StringComparer.Ordinal);
    private readonly List<MessageOutcome> _failures = [];
    private AuditRunInfo? _run;

    /// <summary>Starts a SARIF report at a path.</summary>
    public AuditSarifWriter(string path)
    {
        _file = new AtomicFile(path);
        _writer = new Utf8JsonWriter(_file.Stream, AuditJson.Indented);
    }

    /// <inheritdoc />
    public string Path => _file.Path;

    /// <inheritdoc />
    public void Begin(AuditRunInfo run)
    {
        ArgumentNullException.ThrowIfNull(run);
        _run = run;
        _writer.WriteStartObject();
        _writer.WriteString("$schema", SarifReportWriter.SchemaUri);
        _writer.WriteString("version", "2.1.0");
        _writer.WriteStartArray("runs");
        _writer.WriteStartObject();
        _writer.WriteStartObject("tool");
        _writer.WriteStartObject("driver");
        _writer.WriteString("name", "MessageLint");
        _writer.WriteString("semanticVersion", RunResult.ToolVersion);
        _writer.WriteString("informationUri", SarifReportWriter.InformationUri);
        _writer.WriteStartArray("rules");
        foreach (var descriptor in run.Descriptors)
        {
            if (_ruleIndex.TryAdd(descriptor.Id, _ruleIndex.Count))
            {
                WriteRule(descriptor);
            }
        }

        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.WriteEndObject();
        _writer.WriteStartArray("results");
    }

    /// <inheritdoc />
    public void Add(MessageOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Status == OutcomeStatus.Failed)
        {
            if (_failures.Count < MaxNotifications)
            {
                _failures.Add(outcome);
            }

            return;
        }

        foreach (var finding in outcome.Findings)
        {
            WriteResult(outcome, finding);
        }

        if (_writer.BytesPending > 1 << 16)
        {
            _writer.Flush();
        }
    }

    /// <inheritdoc />
    public void End(AuditSummary summary, AuditCompletion completion)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(completion);
        foreach (var entry in completion.Absent)
        {
            WriteAbsent(entry);
        }

        _writer.WriteEndArray();
        _writer.WriteStartArray("invocations");
        _writer.WriteStartObject();
        _writer.WriteBoolean("executionSuccessful", summary.Failed == 0 && !completion.Interrupted);
        _writer.WriteStartArray("toolExecutionNotifications");
        foreach (var failure in _failures)
        {
            _writer.WriteStartObject();
            _writer.WriteString("level", "error");
            WriteMessage("message", failure.Reason ?? "unreadable");
            _writer.WriteStartArray("locations");
            _writer.WriteStartObject();
            WritePhysical(failure.Source, failure.Line, null);
            _writer.WriteEndObject();
            _writer.WriteEndArray();
            _writer.WriteEndObject();
        }

        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.WriteEndArray();
        _writer.WriteString("columnKind", "utf16CodeUnits");
        _writer.WriteStartObject("properties");
        _writer.WriteString("source", _run?.Source);
        _writer.WriteString("profile", _run?.Profile);
        _writer.WriteNumber("read", summary.Read);
        _writer.WriteNumber("checked", summary.Checked);
        _writer.WriteNumber("skipped", summary.Skipped);
        _writer.WriteNumber("failed", summary.Failed);
        _writer.WriteBoolean("interrupted", completion.Interrupted);
        if (summary.AverageScore is { } average)
        {
            _writer.WriteNumber("averageScore", average);
        }
        else
        {
            _writer.WriteNull("averageScore");
        }
        _writer.WriteEndObject();
        _writer.WriteEndObject();
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.Flush();
        _file.Stream.WriteByte((byte)'\n');
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

    private void WriteRule(RuleDescriptor descriptor)
    {
        _writer.WriteStartObject();
        _writer.WriteString("id", descriptor.Id);
        WriteMessage("shortDescription", descriptor.Title.English);
        WriteMessage("fullDescription", descriptor.Principle == Principle.Engine
            ? $"{descriptor.Title.English}. Reported by MessageLint itself rather than by a rule."
            : string.Create(CultureInfo.InvariantCulture, $"{descriptor.Title.English}. Principle {(int)descriptor.Principle}: {descriptor.Principle.Title().English}."));
        _writer.WriteString("helpUri", descriptor.HelpUri);
        _writer.WriteStartObject("defaultConfiguration");
        _writer.WriteString("level", Level(descriptor.DefaultSeverity));
        _writer.WriteEndObject();
        _writer.WriteStartObject("properties");
        _writer.WriteNumber("principle", (int)descriptor.Principle);
        _writer.WriteStartArray("tags");
        _writer.WriteStringValue(descriptor.Principle.Key());
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.WriteEndObject();
    }

    private void WriteResult(MessageOutcome outcome, AuditFinding finding)
    {
        _writer.WriteStartObject();
        _writer.WriteString("ruleId", finding.RuleId);
        if (_ruleIndex.TryGetValue(finding.RuleId, out var index))
        {
            _writer.WriteNumber("ruleIndex", index);
        }

        if (finding.Severity <= Severity.Hidden)
        {
            _writer.WriteString("kind", "informational");
        }

        _writer.WriteString("level", Level(finding.Severity));
        WriteMessage("message", finding.Message);
        _writer.WriteStartArray("locations");
        _writer.WriteStartObject();
        WritePhysical(outcome.Source, outcome.Line, outcome.TextIsWholeFile ? finding : null, finding.Text);
        _writer.WriteStartArray("logicalLocations");
        _writer.WriteStartObject();
        _writer.WriteString("name", outcome.Id ?? outcome.Key);
        _writer.WriteString("fullyQualifiedName", outcome.Key);
        _writer.WriteString("kind", "message");
        _writer.WriteEndObject();
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.WriteEndArray();
        _writer.WriteStartObject("partialFingerprints");
        _writer.WriteString(SarifReportWriter.FingerprintKey, finding.Fingerprint);
        _writer.WriteEndObject();
        if (finding.BaselineState != BaselineState.None)
        {
            _writer.WriteString("baselineState", finding.BaselineState == BaselineState.New ? "new" : "unchanged");
        }

        SarifReportWriter.WriteSuppressions(_writer, finding.IsSuppressed, finding.Justification);
        _writer.WriteStartObject("properties");
        _writer.WriteString("messageId", outcome.Id);
        _writer.WriteString("chat", outcome.Chat?.Name ?? outcome.Chat?.Id);
        if (outcome.Date is { } date)
        {
            _writer.WriteString("date", date);
        }

        if (outcome.LocalDate is { } local)
        {
            _writer.WriteString("localDate", local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
        }

        _writer.WriteString("author", outcome.Author);
        _writer.WriteString("authorId", outcome.AuthorId);
        _writer.WriteString("link", outcome.Link);
        _writer.WriteNumber("score", outcome.Score ?? 100);
        _writer.WriteNumber("confidence", finding.Confidence);
        EvidenceJson.Write(_writer, finding.Evidence, nullScores: false);
        _writer.WriteStartObject("span");
        _writer.WriteNumber("start", finding.Start);
        _writer.WriteNumber("end", finding.End);
        _writer.WriteEndObject();
        if (finding.Suggestions.Count > 0)
        {
            _writer.WriteStartArray("suggestions");
            foreach (var suggestion in finding.Suggestions)
            {
                _writer.WriteStringValue(suggestion.NewText is null ? suggestion.Title : $"{suggestion.Title}: {suggestion.NewText}");
            }

            _writer.WriteEndArray();
        }

        _writer.WriteEndObject();
        _writer.WriteEndObject();
    }

    private void WriteAbsent(BaselineEntry entry)
    {
        _writer.WriteStartObject();
        _writer.WriteString("ruleId", entry.RuleId);
        if (_ruleIndex.TryGetValue(entry.RuleId, out var index))
        {
            _writer.WriteNumber("ruleIndex", index);
        }

        _writer.WriteString("level", entry.Level);
        WriteMessage("message", entry.Message);
        _writer.WriteStartArray("locations");
        _writer.WriteStartObject();
        if (entry.Uri is { } uri)
        {
            _writer.WriteStartObject("physicalLocation");
            _writer.WriteStartObject("artifactLocation");
            _writer.WriteString("uri", uri);
            _writer.WriteEndObject();
            if (entry.Line is { } line)
            {
                _writer.WriteStartObject("region");
                _writer.WriteNumber("startLine", line);
                _writer.WriteEndObject();
            }

            _writer.WriteEndObject();
        }

        _writer.WriteStartArray("logicalLocations");
        _writer.WriteStartObject();
        _writer.WriteString("fullyQualifiedName", entry.Location);
        _writer.WriteString("kind", "message");
        _writer.WriteEndObject();
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.WriteEndArray();
        _writer.WriteStartObject("partialFingerprints");
        _writer.WriteString(SarifReportWriter.FingerprintKey, entry.Fingerprint);
        _writer.WriteEndObject();
        _writer.WriteString("baselineState", "absent");
        _writer.WriteEndObject();
    }

    private void WritePhysical(string source, int? recordLine, AuditFinding? wholeFile, string? snippet = null)
    {
        var location = SarifLocation.FromPath(source);
        _writer.WriteStartObject("physicalLocation");
        _writer.WriteStartObject("artifactLocation");
        _writer.WriteString("uri", location.Uri);
        if (location.UriBaseId is { } baseId)
        {
            _writer.WriteString("uriBaseId", baseId);
        }

        _writer.WriteEndObject();
        if (wholeFile is not null || recordLine is not null)
        {
            _writer.WriteStartObject("region");
            if (wholeFile is not null)
            {
                _writer.WriteNumber("startLine", wholeFile.StartLine);
                _writer.WriteNumber("startColumn", wholeFile.StartColumn);
                _writer.WriteNumber("endLine", wholeFile.EndLine);
                _writer.WriteNumber("endColumn", wholeFile.EndColumn);
                _writer.WriteNumber("charOffset", wholeFile.Start);
                _writer.WriteNumber("charLength", wholeFile.End - wholeFile.Start);
            }
            else
            {
                _writer.WriteNumber("startLine", recordLine!.Value);
            }

            if (snippet is not null)
            {
                WriteMessage("snippet", snippet);
            }

            _writer.WriteEndObject();
        }

        _writer.WriteEndObject();
    }

    private void WriteMessage(string name, string text)
    {
        _writer.WriteStartObject(name);
        _writer.WriteString("text", text);
        _writer.WriteEndObject();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "note",
        _ => "none",
    };
}
