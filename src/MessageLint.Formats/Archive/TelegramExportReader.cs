using System.Text.Json;

namespace MessageLint.Formats.Archive;

/// <summary>
/// Streams a Telegram Desktop JSON export — a single chat's result.json (<c>name</c>, <c>type</c>,
/// <c>id</c>, <c>messages</c>) or a full export (<c>chats.list[]</c> and <c>left_chats.list[]</c>) —
/// one message at a time with <see cref="Utf8JsonReader"/> over the file, so an export of any size
/// is read in bounded memory. Chats are taken from the fields before their <c>messages</c>, which is
/// where the exporter writes them.
/// </summary>
public sealed class TelegramExportReader : IArchiveReader
{
    private readonly Stream _stream;
    private readonly TelegramEscapeRepairStream _repair;
    private readonly JsonStreamReader _json;
    private readonly long? _length;
    private readonly TelegramReaderOptions _options;

    /// <summary>Reads an export from a stream; <paramref name="length"/> enables progress.</summary>
    public TelegramExportReader(Stream stream, string source, long? length = null, TelegramReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        _stream = stream;
        Source = source;
        _length = length;
        _options = options ?? new TelegramReaderOptions();
        _repair = new TelegramEscapeRepairStream(stream, leaveOpen: true);
        _json = new JsonStreamReader(_repair, leaveOpen: true);
    }

    /// <summary>Opens an export file for streaming.</summary>
    public static TelegramExportReader Open(string path, string source, TelegramReaderOptions? options = null)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return new TelegramExportReader(stream, source, stream.Length, options);
    }

    /// <inheritdoc />
    public string Source { get; }

    /// <inheritdoc />
    public double? Progress => _length is > 0 ? Math.Min(1.0, (double)_repair.InnerPosition / _length.Value) : null;

    /// <summary>Chats met so far, in export order.</summary>
    public IReadOnlyList<ArchiveChat> Chats => _chats;

    private readonly List<ArchiveChat> _chats = [];

    /// <inheritdoc />
    public IEnumerable<ArchiveRecord> ReadRecords(CancellationToken cancellationToken = default)
        => ArchiveReadGuard.Guard(ReadCore(cancellationToken), Source, () => _json.TokenLine);

    /// <inheritdoc />
    public void Dispose()
    {
        _json.Dispose();
        _repair.Dispose();
        _stream.Dispose();
    }

    private IEnumerable<ArchiveRecord> ReadCore(CancellationToken cancellationToken)
    {
        if (!_json.Read())
        {
            yield return ArchiveRecord.Failure(Source, null, "the file is empty: not a Telegram export");
            yield break;
        }

        if (_json.TokenType != JsonTokenType.StartObject)
        {
            yield return ArchiveRecord.Failure(Source, _json.TokenLine, "not a Telegram export: the file does not start with a JSON object");
            yield break;
        }

        var sawMessages = false;
        var sawText = false;
        var header = new ChatHeader();
        while (_json.Read() && _json.TokenType == JsonTokenType.PropertyName)
        {
            var name = _json.Value;
            _json.Read();
            switch (name)
            {
                case "name" or "type" or "id":
                    header.Set(name, _json.Value);
                    _json.SkipValue();
                    break;
                case "messages" when _json.TokenType == JsonTokenType.StartArray:
                    sawMessages = true;
                    foreach (var record in ReadMessages(header.ToChat(), singleChat: true, cancellationToken))
                    {
                        yield return record;
                    }

                    break;
                case "messages":
                    yield return ArchiveRecord.Failure(Source, _json.TokenLine, $"not a Telegram export: \"messages\" must be an array of messages, not {Describe(_json.TokenType)}");
                    yield break;
                case "chats" or "left_chats" when _json.TokenType == JsonTokenType.StartObject:
                    foreach (var record in ReadChatList(cancellationToken))
                    {
                        sawMessages = true;
                        yield return record;
                    }

                    break;
                default:
                    sawText |= name == "text";
                    _json.SkipValue();
                    break;
            }
        }

        if (!sawMessages)
        {
            var hint = sawText || HasMoreValues() ? "; it looks like JSON Lines (one message a line): read it with --input-format jsonl" : string.Empty;
            yield return ArchiveRecord.Failure(Source, null, $"not a Telegram export: it has neither \"messages\" nor \"chats\"{hint}");
        }
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString().ToLowerInvariant(),
    };

    /// <summary>True when another JSON value follows the export's object, as the next line of a JSON Lines file would.</summary>
    private bool HasMoreValues()
    {
        try
        {
            return _json.Read();
        }
        catch (JsonException)
        {
            // Without multi-value support the tokenizer rejects a second value: that is the sign.
            return true;
        }
    }

    private IEnumerable<ArchiveRecord> ReadChatList(CancellationToken cancellationToken)
    {
        while (_json.Read() && _json.TokenType == JsonTokenType.PropertyName)
        {
            var name = _json.Value;
            _json.Read();
            if (name != "list" || _json.TokenType != JsonTokenType.StartArray)
            {
                _json.SkipValue();
                continue;
            }

            while (_json.Read() && _json.TokenType != JsonTokenType.EndArray)
            {
                if (_json.TokenType != JsonTokenType.StartObject)
                {
                    yield return ArchiveRecord.Failure(Source, _json.TokenLine, "a chat in chats.list must be a JSON object");
                    _json.SkipValue();
                    continue;
                }

                var header = new ChatHeader();
                while (_json.Read() && _json.TokenType == JsonTokenType.PropertyName)
                {
                    var field = _json.Value;
                    _json.Read();
                    if (field is "name" or "type" or "id")
                    {
                        header.Set(field, _json.Value);
                        _json.SkipValue();
                    }
                    else if (field == "messages" && _json.TokenType == JsonTokenType.StartArray)
                    {
                        foreach (var record in ReadMessages(header.ToChat(), singleChat: false, cancellationToken))
                        {
                            yield return record;
                        }
                    }
                    else
                    {
                        _json.SkipValue();
                    }
                }
            }
        }
    }

    private IEnumerable<ArchiveRecord> ReadMessages(ArchiveChat chat, bool singleChat, CancellationToken cancellationToken)
    {
        if (!_chats.Contains(chat))
        {
            _chats.Add(chat);
        }

        var selected = IsSelected(chat);
        var link = selected && chat.IsPublic && _options.PublicUsername is { } username && (singleChat || _options.Chats.Count == 1)
            ? $"https://t.me/{username}"
            : null;
        while (_json.TryReadValue(out var element))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var record = TelegramMessageParser.Parse(element.Span, Source, _json.TokenLine, chat, link);
            if (!selected && record.Kind != ArchiveRecordKind.Failed)
            {
                record = record with { Kind = ArchiveRecordKind.Skipped, Reason = SkipReasons.OtherChat, ReasonDetail = chat.Name, Text = null };
            }

            yield return record;
        }
    }

    private bool IsSelected(ArchiveChat chat) => _options.Chats.Count == 0 || _options.Chats.Any(chat.IsNamed);

    /// <summary>The fields of a chat that precede its messages.</summary>
    private sealed class ChatHeader
    {
        private string? _name;
        private string? _type;
        private string? _id;

        public void Set(string? field, string? value)
        {
            switch (field)
            {
                case "name":
                    _name = value;
                    break;
                case "type":
                    _type = value;
                    break;
                default:
                    _id = value;
                    break;
            }
        }

        public ArchiveChat ToChat() => new(_id ?? "?", _name, _type);
    }
}
