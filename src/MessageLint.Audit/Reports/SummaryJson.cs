using System.Globalization;
using System.Text.Json;
using MessageLint.Audit.Metrics;
using MessageLint.Formats.Archive;

namespace MessageLint.Audit.Reports;

/// <summary>Writes a run's summary as JSON: totals with the reconciliation, findings by principle, rule and month, the worst messages and conversation metrics.</summary>
internal static class SummaryJson
{
    public static void Write(Utf8JsonWriter writer, AuditSummary summary, AuditCompletion completion)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("records");
        writer.WriteNumber("read", summary.Read);
        writer.WriteNumber("checked", summary.Checked);
        writer.WriteNumber("skipped", summary.Skipped);
        writer.WriteNumber("failed", summary.Failed);
        writer.WriteBoolean("reconciled", summary.IsReconciled);
        writer.WriteEndObject();

        writer.WriteStartObject("skipped");
        foreach (var (reason, count) in summary.SkippedByReason)
        {
            writer.WriteNumber(reason, count);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("failures");
        foreach (var failure in summary.Failures)
        {
            writer.WriteStartObject();
            writer.WriteString("location", failure.Location);
            writer.WriteString("reason", failure.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartObject("findings");
        writer.WriteNumber("errors", summary.Errors);
        writer.WriteNumber("warnings", summary.Warnings);
        writer.WriteNumber("infos", summary.Infos);
        writer.WriteNumber("suppressed", summary.Suppressed);
        writer.WriteNumber("unchanged", summary.Unchanged);
        writer.WriteNumber("absent", completion.Absent.Count);
        writer.WriteNumber("flaggedMessages", summary.Flagged);
        if (summary.AverageScore is { } average)
        {
            writer.WriteNumber("averageScore", average);
        }
        else
        {
            writer.WriteNull("averageScore");
        }
        writer.WriteEndObject();

        writer.WriteStartObject("principles");
        for (var i = 0; i < summary.ByPrinciple.Count; i++)
        {
            writer.WriteNumber((i + 1).ToString(CultureInfo.InvariantCulture), summary.ByPrinciple[i]);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("rules");
        foreach (var rule in summary.Rules)
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId", rule.RuleId);
            writer.WriteString("title", rule.Title);
            writer.WriteNumber("principle", (int)rule.Principle);
            writer.WriteNumber("count", rule.Count);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("months");
        foreach (var month in summary.Months)
        {
            writer.WriteStartObject();
            writer.WriteString("month", month.Month);
            writer.WriteNumber("checked", month.Checked);
            writer.WriteNumber("flagged", month.Flagged);
            writer.WriteNumber("findings", month.Findings);
            writer.WriteStartArray("principles");
            foreach (var count in month.ByPrinciple)
            {
                writer.WriteNumberValue(count);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("worst");
        foreach (var outcome in summary.Worst)
        {
            writer.WriteStartObject();
            writer.WriteNumber("seq", outcome.Sequence);
            writer.WriteString("key", outcome.Key);
            writer.WriteNumber("score", outcome.Score ?? 100);
            writer.WriteNumber("findings", outcome.ReportedCount);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("conversations");
        foreach (var conversation in summary.Conversations)
        {
            WriteConversation(writer, conversation);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteConversation(Utf8JsonWriter writer, ConversationTracker conversation)
    {
        writer.WriteStartObject();
        writer.WriteString("chat", conversation.Chat?.Name ?? conversation.Chat?.Id);
        writer.WriteNumber("ownMessages", conversation.OwnMessages);
        writer.WriteNumber("otherMessages", conversation.OtherMessages);
        writer.WriteNumber("statusQuestions", conversation.StatusQuestions);
        writer.WriteNumber("statusQuestionsAfterSilence", conversation.StatusQuestionsAfterSilence);
        WriteHistogram(writer, "ownGaps", conversation.OwnGaps);
        WriteHistogram(writer, "answerTimes", conversation.AnswerTimes);
        writer.WriteNumber("ownDayOff", conversation.OwnDayOff);
        writer.WriteNumber("ownLate", conversation.OwnLate);
        writer.WriteNumber("ownOffHoursAfterRules", conversation.OwnOffHoursAfterRules);
        writer.WriteNumber("otherOffHours", conversation.OtherOffHours);
        if (conversation.RulesStated is { } stated)
        {
            writer.WriteStartObject("rulesStated");
            writer.WriteString("id", stated.Id);
            writer.WriteString("date", stated.Date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("rulesStated");
        }

        writer.WriteEndObject();
    }

    private static void WriteHistogram(Utf8JsonWriter writer, string name, GapHistogram histogram)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("count", histogram.Count);
        writer.WriteString("median", histogram.QuantileLabel(0.5));
        writer.WriteString("p90", histogram.QuantileLabel(0.9));
        writer.WriteNumber("maxHours", Math.Round(histogram.Max.TotalHours, 1));
        writer.WriteStartObject("buckets");
        for (var i = 0; i < histogram.Counts.Count; i++)
        {
            writer.WriteNumber(GapHistogram.Label(i), histogram.Counts[i]);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static string ChatName(ArchiveChat? chat) => chat?.Name ?? chat?.Id ?? string.Empty;
}
