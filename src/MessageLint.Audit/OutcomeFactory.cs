using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;
using MessageLint.Formats.Archive;
using MessageLint.Formats.Writers;

namespace MessageLint.Audit;

/// <summary>Turns a record and, when it was checked, its report into the compact outcome the reports use.</summary>
internal static class OutcomeFactory
{
    public static MessageOutcome FromRecord(long sequence, string key, ArchiveRecord record, MessageRole role, OutcomeStatus status, string? reason, string? detail) => new()
    {
        Sequence = sequence,
        Key = key,
        Id = record.Id,
        Chat = record.Chat,
        Author = record.Author,
        AuthorId = record.AuthorId,
        Role = role,
        Date = record.Date,
        LocalDate = record.LocalDate,
        Link = record.Link,
        ReplyToId = record.ReplyToId,
        Source = record.Source,
        Line = record.Line,
        TextIsWholeFile = record.TextIsWholeFile,
        Status = status,
        Reason = reason,
        ReasonDetail = detail,
    };

    public static MessageOutcome Checked(MessageOutcome outcome, MessageReport report)
    {
        var text = report.Document.Text;
        var findings = new AuditFinding[report.Diagnostics.Count];
        for (var i = 0; i < findings.Length; i++)
        {
            findings[i] = ToFinding(text, report.Diagnostics[i]);
        }

        var scores = new int[PrincipleInfo.All.Count];
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = report.Score.ByPrinciple.TryGetValue(PrincipleInfo.All[i], out var value) ? value : 100;
        }

        var keepText = findings.Any(f => f.IsReported);
        return outcome with
        {
            Status = OutcomeStatus.Checked,
            Score = report.Score.Overall,
            PrincipleScores = scores,
            Language = report.Document.Language.ToCode(),
            Findings = findings,
            Text = keepText ? text : outcome.Text,
        };
    }

    private static AuditFinding ToFinding(string text, Diagnostic diagnostic)
    {
        var spanText = text.Substring(diagnostic.Span.Start, diagnostic.Span.Length);
        return new AuditFinding
        {
            RuleId = diagnostic.Id,
            Severity = diagnostic.Severity,
            Principle = diagnostic.Descriptor.Principle,
            Message = diagnostic.GetMessage(),
            Start = diagnostic.Span.Start,
            End = diagnostic.Span.End,
            StartLine = diagnostic.Location.Start.Line + 1,
            StartColumn = diagnostic.Location.Start.Character + 1,
            EndLine = diagnostic.Location.End.Line + 1,
            EndColumn = diagnostic.Location.End.Character + 1,
            Text = spanText,
            Confidence = diagnostic.Confidence,
            Evidence = diagnostic.Evidence,
            IsSuppressed = diagnostic.IsSuppressed,
            Justification = diagnostic.SuppressionJustification,
            Suggestions = [.. diagnostic.Suggestions.Select(s => new AuditSuggestion(s.Title, s.ReplacementText, s.IsAutomatic))],
            HelpUri = diagnostic.Descriptor.HelpUri,
            Fingerprint = SarifReportWriter.Fingerprint(diagnostic.Id, spanText),
        };
    }
}
