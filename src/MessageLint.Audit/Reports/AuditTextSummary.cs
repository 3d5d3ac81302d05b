using System.Globalization;
using MessageLint.Core.Diagnostics;
using MessageLint.Formats.Archive;

namespace MessageLint.Audit.Reports;

/// <summary>The summary printed at the end of a run: the reconciled counts, what was skipped and failed, findings by principle and rule, and the conversation in brief.</summary>
public static class AuditTextSummary
{
    private const int MaxFailuresShown = 20;

    /// <summary>Writes the summary.</summary>
    public static void Write(TextWriter output, AuditRunInfo run, AuditSummary summary, AuditCompletion completion, IEnumerable<string> reports)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(completion);
        ArgumentNullException.ThrowIfNull(reports);
        output.WriteLine($"audit of {run.Source} ({run.InputFormat}, profile {run.Profile}{(run.Shard is { } shard ? $", shard {shard}" : string.Empty)})");
        if (completion.Interrupted)
        {
            output.WriteLine("interrupted: the input was not read to the end; the reports cover what was read");
        }

        output.WriteLine($"read {N(summary.Read)} = checked {N(summary.Checked)} + skipped {N(summary.Skipped)} + failed {N(summary.Failed)}");
        if (completion.OtherShards > 0)
        {
            output.WriteLine($"  {Count(completion.OtherShards, "more record belongs", "more records belong")} to other shards");
        }

        if (summary.SkippedByReason.Count > 0)
        {
            output.WriteLine("  skipped: " + string.Join(", ", summary.SkippedByReason.Select(r => r.Key == SkipReasons.Service ? Count(r.Value, "service message", "service messages") : $"{N(r.Value)} {SkipReasons.Describe(r.Key)}")));
        }

        foreach (var failure in summary.Failures.Take(MaxFailuresShown))
        {
            output.WriteLine($"  failed: {failure.Location}: {failure.Reason}");
        }

        if (summary.Failed > MaxFailuresShown)
        {
            output.WriteLine($"  … and {Count(summary.Failed - MaxFailuresShown, "more failure", "more failures")} (see the JSON report)");
        }

        output.WriteLine($"findings: {Count(summary.Errors, "error", "errors")}, {Count(summary.Warnings, "warning", "warnings")}, {N(summary.Infos)} info"
            + $" in {Count(summary.Flagged, "message", "messages")}; average score {Score(summary.AverageScore)}");
        if (run.BaselinePath is not null)
        {
            output.WriteLine($"  baseline {run.BaselinePath}: {N(summary.Unchanged)} unchanged (not counted), {N(completion.Absent.Count)} gone");
        }

        var principles = summary.ByPrinciple.Select((count, i) => (count, i)).Where(p => p.count > 0).Select(p => $"P{p.i + 1} {N(p.count)}").ToList();
        if (principles.Count > 0)
        {
            output.WriteLine("  by principle: " + string.Join(", ", principles));
        }

        if (summary.Rules.Count > 0)
        {
            output.WriteLine("  by rule: " + string.Join(", ", summary.Rules.Take(10).Select(r => $"{r.RuleId} {N(r.Count)}")));
        }

        foreach (var conversation in summary.Conversations)
        {
            output.WriteLine($"conversation {conversation.Chat?.Name ?? conversation.Chat?.Id ?? run.Source}: asked for status {Count(conversation.StatusQuestions, "time", "times")}"
                + $" ({N(conversation.StatusQuestionsAfterSilence)} after 2+ days of silence from you);"
                + $" median gap between your messages: {(conversation.OwnGaps.QuantileRange(0.5) is { } median ? $"{median} (bucketed)" : "—")};"
                + $" yours on days off/late {N(conversation.OwnDayOff)}/{N(conversation.OwnLate)}; rules stated: {(conversation.RulesStated is null ? "no" : "yes")}");
        }

        var written = reports.ToList();
        if (written.Count > 0)
        {
            output.WriteLine("reports: " + string.Join(", ", written));
        }
    }

    /// <summary>The exit code: 2 when records failed, 1 for reported findings at or above the fail level, else 0.</summary>
    public static int ExitCode(AuditSummary summary, AuditCompletion completion, Severity failOn)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(completion);
        if (summary.Failed > 0)
        {
            return 2;
        }

        var failing = failOn switch
        {
            Severity.None => 0,
            Severity.Error => summary.Errors,
            Severity.Warning => summary.Errors + summary.Warnings,
            _ => summary.Reported,
        };
        return failing > 0 ? 1 : 0;
    }

    /// <summary>An average score with one decimal, or "—" when no message was checked.</summary>
    public static string Score(double? average) => average is { } value ? value.ToString("0.0", CultureInfo.InvariantCulture) : "—";

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Count(long value, string singular, string plural) => $"{N(value)} {(value == 1 ? singular : plural)}";
}
