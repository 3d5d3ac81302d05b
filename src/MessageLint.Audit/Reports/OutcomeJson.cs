using System.Globalization;
using System.Text.Json;
using MessageLint.Audit.Baseline;
using MessageLint.Core.Diagnostics;
using MessageLint.Formats.Archive;
using MessageLint.Formats.Writers;

namespace MessageLint.Audit.Reports;

/// <summary>
/// One outcome as a JSON object — the unit of the JSON and JSONL reports and of shard merging — and
/// back. Every property is always written, in a fixed order, so the same outcome always gives the
/// same bytes; reading an outcome back and writing it again reproduces them exactly.
/// </summary>
public static class OutcomeJson
{
    /// <summary>Writes an outcome as one object.</summary>
    public static void Write(Utf8JsonWriter writer, MessageOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(outcome);
        writer.WriteStartObject();
        writer.WriteNumber("seq", outcome.Sequence);
        writer.WriteString("key", outcome.Key);
        writer.WriteString("id", outcome.Id);
        if (outcome.Chat is { } chat)
        {
            writer.WriteStartObject("chat");
            writer.WriteString("id", chat.Id);
            writer.WriteString("name", chat.Name);
            writer.WriteString("type", chat.Type);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("chat");
        }

        writer.WriteString("author", outcome.Author);
        writer.WriteString("authorId", outcome.AuthorId);
        writer.WriteString("role", RoleName(outcome.Role));
        if (outcome.Date is { } date)
        {
            writer.WriteString("date", date);
        }
        else
        {
            writer.WriteNull("date");
        }

        if (outcome.LocalDate is { } local)
        {
            writer.WriteString("localDate", local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull("localDate");
        }

        writer.WriteString("link", outcome.Link);
        writer.WriteString("replyTo", outcome.ReplyToId);
        writer.WriteString("source", outcome.Source);
        if (outcome.Line is { } line)
        {
            writer.WriteNumber("line", line);
        }
        else
        {
            writer.WriteNull("line");
        }

        writer.WriteBoolean("wholeFile", outcome.TextIsWholeFile);
        writer.WriteString("status", StatusName(outcome.Status));
        writer.WriteString("reason", outcome.Reason);
        writer.WriteString("detail", outcome.ReasonDetail);
        if (outcome.Score is { } score)
        {
            writer.WriteNumber("score", score);
        }
        else
        {
            writer.WriteNull("score");
        }

        if (outcome.PrincipleScores is { } principles)
        {
            writer.WriteStartArray("principles");
            foreach (var value in principles)
            {
                writer.WriteNumberValue(value);
            }

            writer.WriteEndArray();
        }
        else
        {
            writer.WriteNull("principles");
        }

        writer.WriteString("language", outcome.Language);
        writer.WriteBoolean("statusQuestion", outcome.IsStatusQuestion);
        writer.WriteBoolean("statesRules", outcome.StatesRules);
        writer.WriteStartArray("findings");
        foreach (var finding in outcome.Findings)
        {
            WriteFinding(writer, finding);
        }

        writer.WriteEndArray();
        writer.WriteString("text", outcome.Text);
        writer.WriteEndObject();
    }

    /// <summary>Reads an outcome written by <see cref="Write"/>.</summary>
    public static MessageOutcome Read(JsonElement element)
    {
        var findings = new List<AuditFinding>();
        foreach (var finding in element.GetProperty("findings").EnumerateArray())
        {
            findings.Add(ReadFinding(finding));
        }

        ArchiveChat? chat = null;
        if (element.GetProperty("chat") is { ValueKind: JsonValueKind.Object } c)
        {
            chat = new ArchiveChat(c.GetProperty("id").GetString()!, NullableString(c, "name"), NullableString(c, "type"));
        }

        return new MessageOutcome
        {
            Sequence = element.GetProperty("seq").GetInt64(),
            Key = element.GetProperty("key").GetString()!,
            Id = NullableString(element, "id"),
            Chat = chat,
            Author = NullableString(element, "author"),
            AuthorId = NullableString(element, "authorId"),
            Role = ParseRole(NullableString(element, "role")),
            Date = element.GetProperty("date") is { ValueKind: JsonValueKind.String } date ? date.GetDateTimeOffset() : null,
            LocalDate = NullableString(element, "localDate") is { } local ? DateTime.ParseExact(local, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) : null,
            Link = NullableString(element, "link"),
            ReplyToId = NullableString(element, "replyTo"),
            Source = element.GetProperty("source").GetString()!,
            Line = element.GetProperty("line") is { ValueKind: JsonValueKind.Number } line ? line.GetInt32() : null,
            TextIsWholeFile = element.GetProperty("wholeFile").GetBoolean(),
            Status = ParseStatus(element.GetProperty("status").GetString()),
            Reason = NullableString(element, "reason"),
            ReasonDetail = NullableString(element, "detail"),
            Score = element.GetProperty("score") is { ValueKind: JsonValueKind.Number } score ? score.GetInt32() : null,
            PrincipleScores = element.GetProperty("principles") is { ValueKind: JsonValueKind.Array } principles ? [.. principles.EnumerateArray().Select(p => p.GetInt32())] : null,
            Language = NullableString(element, "language"),
            IsStatusQuestion = element.GetProperty("statusQuestion").GetBoolean(),
            StatesRules = element.GetProperty("statesRules").GetBoolean(),
            Findings = findings,
            Text = NullableString(element, "text"),
        };
    }

    /// <summary>Writes a baseline result no longer found.</summary>
    public static void WriteAbsent(Utf8JsonWriter writer, BaselineEntry entry)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(entry);
        writer.WriteStartObject();
        writer.WriteNumber("index", entry.Index);
        writer.WriteString("ruleId", entry.RuleId);
        writer.WriteString("location", entry.Location);
        writer.WriteString("fingerprint", entry.Fingerprint);
        writer.WriteString("message", entry.Message);
        writer.WriteString("level", entry.Level);
        writer.WriteString("uri", entry.Uri);
        if (entry.Line is { } line)
        {
            writer.WriteNumber("line", line);
        }
        else
        {
            writer.WriteNull("line");
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads a baseline result written by <see cref="WriteAbsent"/>.</summary>
    public static BaselineEntry ReadAbsent(JsonElement element) => new(
        element.GetProperty("index").GetInt64(),
        element.GetProperty("ruleId").GetString()!,
        element.GetProperty("location").GetString()!,
        element.GetProperty("fingerprint").GetString()!,
        element.GetProperty("message").GetString()!,
        element.GetProperty("level").GetString()!,
        NullableString(element, "uri"),
        element.GetProperty("line") is { ValueKind: JsonValueKind.Number } line ? line.GetInt32() : null);

    /// <summary>The JSON name of a role.</summary>
    public static string? RoleName(MessageRole role) => role switch
    {
        MessageRole.Own => "own",
        MessageRole.Other => "other",
        _ => null,
    };

    /// <summary>The JSON name of a status.</summary>
    public static string StatusName(OutcomeStatus status) => status switch
    {
        OutcomeStatus.Checked => "checked",
        OutcomeStatus.Skipped => "skipped",
        _ => "failed",
    };

    private static void WriteFinding(Utf8JsonWriter writer, AuditFinding finding)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", finding.RuleId);
        writer.WriteString("severity", finding.Severity.ToName());
        writer.WriteNumber("principle", (int)finding.Principle);
        writer.WriteString("message", finding.Message);
        writer.WriteStartObject("span");
        writer.WriteNumber("start", finding.Start);
        writer.WriteNumber("end", finding.End);
        writer.WriteEndObject();
        writer.WriteStartObject("range");
        writer.WriteStartObject("start");
        writer.WriteNumber("line", finding.StartLine);
        writer.WriteNumber("column", finding.StartColumn);
        writer.WriteEndObject();
        writer.WriteStartObject("end");
        writer.WriteNumber("line", finding.EndLine);
        writer.WriteNumber("column", finding.EndColumn);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteString("text", finding.Text);
        writer.WriteNumber("confidence", finding.Confidence);
        EvidenceJson.Write(writer, finding.Evidence, nullScores: false);
        writer.WriteBoolean("suppressed", finding.IsSuppressed);
        writer.WriteString("justification", finding.Justification);
        writer.WriteStartArray("suggestions");
        foreach (var suggestion in finding.Suggestions)
        {
            writer.WriteStartObject();
            writer.WriteString("title", suggestion.Title);
            writer.WriteString("newText", suggestion.NewText);
            writer.WriteBoolean("automatic", suggestion.IsAutomatic);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("helpUri", finding.HelpUri);
        writer.WriteString("fingerprint", finding.Fingerprint);
        writer.WriteString("baselineState", finding.BaselineState switch
        {
            BaselineState.New => "new",
            BaselineState.Unchanged => "unchanged",
            _ => null,
        });
        writer.WriteEndObject();
    }

    private static AuditFinding ReadFinding(JsonElement element)
    {
        var range = element.GetProperty("range");
        return new AuditFinding
        {
            RuleId = element.GetProperty("ruleId").GetString()!,
            Severity = SeverityNames.Parse(element.GetProperty("severity").GetString()) ?? Severity.Warning,
            Principle = (Principle)element.GetProperty("principle").GetInt32(),
            Message = element.GetProperty("message").GetString()!,
            Start = element.GetProperty("span").GetProperty("start").GetInt32(),
            End = element.GetProperty("span").GetProperty("end").GetInt32(),
            StartLine = range.GetProperty("start").GetProperty("line").GetInt32(),
            StartColumn = range.GetProperty("start").GetProperty("column").GetInt32(),
            EndLine = range.GetProperty("end").GetProperty("line").GetInt32(),
            EndColumn = range.GetProperty("end").GetProperty("column").GetInt32(),
            Text = element.GetProperty("text").GetString()!,
            Confidence = element.GetProperty("confidence").GetDouble(),
            Evidence = EvidenceJson.Read(element),
            IsSuppressed = element.GetProperty("suppressed").GetBoolean(),
            Justification = NullableString(element, "justification"),
            Suggestions = [.. element.GetProperty("suggestions").EnumerateArray().Select(s => new AuditSuggestion(
                s.GetProperty("title").GetString()!, NullableString(s, "newText"), s.GetProperty("automatic").GetBoolean()))],
            HelpUri = NullableString(element, "helpUri"),
            Fingerprint = element.GetProperty("fingerprint").GetString()!,
            BaselineState = NullableString(element, "baselineState") switch
            {
                "new" => BaselineState.New,
                "unchanged" => BaselineState.Unchanged,
                _ => BaselineState.None,
            },
        };
    }

    private static string? NullableString(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static MessageRole ParseRole(string? name) => name switch
    {
        "own" => MessageRole.Own,
        "other" => MessageRole.Other,
        _ => MessageRole.Unknown,
    };

    private static OutcomeStatus ParseStatus(string? name) => name switch
    {
        "checked" => OutcomeStatus.Checked,
        "skipped" => OutcomeStatus.Skipped,
        _ => OutcomeStatus.Failed,
    };
}
