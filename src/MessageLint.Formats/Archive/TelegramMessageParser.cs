using System.Globalization;
using System.Text.Json;

namespace MessageLint.Formats.Archive;

/// <summary>
/// Reads one element of an export's <c>messages</c> array, as Telegram Desktop writes it: <c>id</c>
/// (number), <c>type</c> ("message", "service" or "unsupported"), <c>date</c> (local wall-clock time,
/// ISO 8601 without offset), <c>date_unixtime</c> (seconds, as a string), <c>from</c>/<c>from_id</c>,
/// <c>forwarded_from</c>, <c>saved_from</c>, <c>reply_to_message_id</c>, and the text as <c>text</c>
/// (a string, or an array of strings and entity objects) and <c>text_entities</c> (entity objects).
/// </summary>
internal static class TelegramMessageParser
{
    public static ArchiveRecord Parse(ReadOnlySpan<byte> json, string source, int line, ArchiveChat? chat, string? link)
    {
        var reader = new Utf8JsonReader(json);
        var message = new Fields();
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return ArchiveRecord.Failure(source, line, $"a message must be a JSON object, not {Describe(reader.TokenType)}", chat: chat);
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                if (!ReadField(ref reader, name, message))
                {
                    return ArchiveRecord.Failure(source, line, message.Error!, message.Id, chat);
                }
            }
        }
        catch (JsonException ex)
        {
            return ArchiveRecord.Failure(source, line, $"unreadable message: {ex.Message}", message.Id, chat);
        }
        catch (InvalidOperationException ex)
        {
            return ArchiveRecord.Failure(source, line, $"unreadable message: {ex.Message}", message.Id, chat);
        }

        return Build(message, source, line, chat, link);
    }

    private static ArchiveRecord Build(Fields message, string source, int line, ArchiveChat? chat, string? link)
    {
        if (message.Id is null)
        {
            return ArchiveRecord.Failure(source, line, "the message has no \"id\"", chat: chat);
        }

        var record = new ArchiveRecord
        {
            Kind = ArchiveRecordKind.Message,
            Source = source,
            Line = line,
            Id = message.Id,
            Chat = chat,
            Author = message.From,
            AuthorId = message.FromId,
            ReplyToId = message.ReplyTo,
            ForwardedFrom = message.ForwardedFrom ?? message.SavedFrom,
            Link = link is null ? null : $"{link}/{message.Id}",
        };

        if (message.Type == "unsupported")
        {
            return record with { Kind = ArchiveRecordKind.Skipped, Reason = SkipReasons.Unsupported };
        }

        if (message.Type is null)
        {
            return Fail(record, "the message has no \"type\"");
        }

        if (message.Date is null)
        {
            return Fail(record, "the message has no \"date\"");
        }

        if (!DateTime.TryParseExact(message.Date, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return Fail(record, $"\"date\" is not a date: \"{message.Date}\"");
        }

        DateTimeOffset? instant = null;
        if (message.UnixTime is { } unix)
        {
            if (!long.TryParse(unix, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > 253402300799)
            {
                return Fail(record, $"\"date_unixtime\" is not a number of seconds: \"{unix}\"");
            }

            instant = DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        record = record with { LocalDate = local, Date = instant };
        if (message.Type == "service")
        {
            return record with { Kind = ArchiveRecordKind.Skipped, Reason = SkipReasons.Service, ReasonDetail = message.Action is null ? null : $"action: {message.Action}" };
        }

        if (message.Type != "message")
        {
            return Fail(record, $"unknown message type \"{message.Type}\"");
        }

        if (message.Forwarded || message.Saved)
        {
            var from = message.ForwardedFrom ?? message.SavedFrom;
            var how = message.Forwarded ? "forwarded" : "saved";
            return record with
            {
                Kind = ArchiveRecordKind.Skipped,
                Reason = SkipReasons.Forwarded,
                ReasonDetail = from is null ? $"{how} from a hidden account" : $"{how} from {from}",
            };
        }

        var parts = message.Entities ?? message.Text;
        if (parts is null && !message.HasText)
        {
            return Fail(record, "the message has no \"text\"");
        }

        var text = parts is null ? string.Empty : TelegramTextRenderer.Render(parts);
        if (string.IsNullOrWhiteSpace(text))
        {
            return record with { Kind = ArchiveRecordKind.Skipped, Reason = SkipReasons.NoText, ReasonDetail = message.Media };
        }

        return record with { Text = text };
    }

    private static ArchiveRecord Fail(ArchiveRecord record, string reason)
        => record with { Kind = ArchiveRecordKind.Failed, Reason = reason };

    private static bool ReadField(ref Utf8JsonReader reader, string name, Fields message)
    {
        switch (name)
        {
            case "id":
                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out var id))
                {
                    return message.Fail($"\"id\" must be a whole number, not {Describe(reader.TokenType)}");
                }

                message.Id = id.ToString(CultureInfo.InvariantCulture);
                return true;
            case "type":
                return ReadString(ref reader, name, message, out message.Type);
            case "date":
                return ReadString(ref reader, name, message, out message.Date);
            case "date_unixtime":
                return ReadString(ref reader, name, message, out message.UnixTime);
            case "from":
                return ReadString(ref reader, name, message, out message.From);
            case "from_id":
                return ReadString(ref reader, name, message, out message.FromId);
            case "action":
                return ReadString(ref reader, name, message, out message.Action);
            case "media_type":
                return ReadString(ref reader, name, message, out message.Media);
            case "photo":
                message.Media ??= "photo";
                reader.Skip();
                return true;
            case "file":
                message.Media ??= "file";
                reader.Skip();
                return true;
            case "forwarded_from":
                message.Forwarded = true;
                return ReadString(ref reader, name, message, out message.ForwardedFrom);
            case "saved_from":
                message.Saved = true;
                return ReadString(ref reader, name, message, out message.SavedFrom);
            case "reply_to_message_id":
                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out var reply))
                {
                    return message.Fail($"\"reply_to_message_id\" must be a whole number, not {Describe(reader.TokenType)}");
                }

                message.ReplyTo = reply.ToString(CultureInfo.InvariantCulture);
                return true;
            case "text":
                message.HasText = true;
                return ReadText(ref reader, message, entitiesOnly: false, out message.Text);
            case "text_entities":
                return ReadText(ref reader, message, entitiesOnly: true, out message.Entities);
            default:
                reader.Skip();
                return true;
        }
    }

    private static bool ReadString(ref Utf8JsonReader reader, string name, Fields message, out string? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return message.Fail($"\"{name}\" must be a string, not {Describe(reader.TokenType)}");
        }

        value = reader.GetString();
        return true;
    }

    private static bool ReadText(ref Utf8JsonReader reader, Fields message, bool entitiesOnly, out List<TelegramTextPart>? parts)
    {
        var field = entitiesOnly ? "text_entities" : "text";
        parts = null;
        if (reader.TokenType == JsonTokenType.String && !entitiesOnly)
        {
            parts = [new TelegramTextPart("plain", reader.GetString()!)];
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return message.Fail(entitiesOnly
                ? $"\"text_entities\" must be an array, not {Describe(reader.TokenType)}"
                : $"\"text\" must be a string or an array, not {Describe(reader.TokenType)}");
        }

        parts = [];
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String && !entitiesOnly)
            {
                parts.Add(new TelegramTextPart("plain", reader.GetString()!));
            }
            else if (reader.TokenType == JsonTokenType.StartObject)
            {
                string? type = null;
                string? text = null;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var property = reader.GetString();
                    reader.Read();
                    if (property is "type" or "text")
                    {
                        if (reader.TokenType != JsonTokenType.String)
                        {
                            return message.Fail($"\"{field}\"[{index}].{property} must be a string, not {Describe(reader.TokenType)}");
                        }

                        if (property == "type")
                        {
                            type = reader.GetString();
                        }
                        else
                        {
                            text = reader.GetString();
                        }
                    }
                    else
                    {
                        reader.Skip();
                    }
                }

                if (text is null)
                {
                    return message.Fail($"\"{field}\"[{index}] has no \"text\"");
                }

                parts.Add(new TelegramTextPart(type ?? "plain", text));
            }
            else
            {
                return message.Fail(entitiesOnly
                    ? $"\"text_entities\"[{index}] must be an object, not {Describe(reader.TokenType)}"
                    : $"\"text\"[{index}] must be a string or an object, not {Describe(reader.TokenType)}");
            }

            index++;
        }

        return true;
    }

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => type.ToString(),
    };

    /// <summary>The fields of one message, filled as they are met.</summary>
    private sealed class Fields
    {
        public string? Id;
        public string? Type;
        public string? Date;
        public string? UnixTime;
        public string? From;
        public string? FromId;
        public string? Action;
        public string? Media;
        public string? ForwardedFrom;
        public string? SavedFrom;
        public string? ReplyTo;
        public bool Forwarded;
        public bool Saved;
        public bool HasText;
        public List<TelegramTextPart>? Text;
        public List<TelegramTextPart>? Entities;
        public string? Error;

        public bool Fail(string error)
        {
            Error = error;
            return false;
        }
    }
}
