using System.Text.Json;

namespace MessageLint.Formats.Archive;

/// <summary>
/// Reads JSON Lines — one JSON object a line — from a file or standard input, one line at a time.
/// A line that is not a JSON object, or lacks the text field, is a failed record with its line
/// number; blank lines are not records. A field named with --id-column, --date-column or
/// --author-column that no line has is one failed record at the end, naming the fields there are.
/// </summary>
public sealed class JsonlArchiveReader : IArchiveReader
{
    private const int MaxFieldsShown = 30;

    private readonly Stream _stream;
    private readonly long? _length;
    private readonly ColumnMapping _columns;
    private readonly int _maxLineBytes;
    private long _position;
    private int _line;
    private long _objects;
    private ColumnFields _seenFields;
    private List<string>? _firstFields;

    /// <summary>Reads from a stream; <paramref name="length"/> enables progress.</summary>
    public JsonlArchiveReader(Stream stream, string source, ColumnMapping? columns = null, long? length = null, int maxLineBytes = 64 * 1024 * 1024)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        _stream = stream;
        Source = source;
        _columns = columns ?? new ColumnMapping();
        _length = length;
        _maxLineBytes = maxLineBytes;
    }

    /// <inheritdoc />
    public string Source { get; }

    /// <inheritdoc />
    public double? Progress => _length is > 0 ? Math.Min(1.0, (double)_position / _length.Value) : null;

    /// <inheritdoc />
    public IEnumerable<ArchiveRecord> ReadRecords(CancellationToken cancellationToken = default)
        => ArchiveReadGuard.Guard(ReadCore(cancellationToken), Source, () => _line);

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();

    private IEnumerable<ArchiveRecord> ReadCore(CancellationToken cancellationToken)
    {
        foreach (var record in ReadLines(cancellationToken))
        {
            yield return record;
        }

        // A chosen field may be missing from some lines; missing from every line, it was mistyped.
        var missing = _columns.ChosenFields().Where(c => _objects > 0 && !_seenFields.HasFlag(c.Field)).ToList();
        if (missing.Count > 0)
        {
            var fields = string.Join("; ", missing.Select(c => $"no line has a \"{c.Name}\" field (chosen with {c.Option})"));
            yield return ArchiveRecord.Failure(Source, null, $"{fields}; the first line's fields are: {string.Join(", ", _firstFields ?? [])}");
        }
    }

    private IEnumerable<ArchiveRecord> ReadLines(CancellationToken cancellationToken)
    {
        var buffer = new byte[1 << 16];
        var start = 0;
        var end = 0;
        var final = false;
        var skippingLongLine = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline < 0 && !final)
            {
                if (start > 0)
                {
                    Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                    end -= start;
                    start = 0;
                }

                if (end == buffer.Length)
                {
                    if (buffer.Length >= _maxLineBytes)
                    {
                        if (!skippingLongLine)
                        {
                            yield return ArchiveRecord.Failure(Source, _line + 1, $"the line is longer than {_maxLineBytes / (1024 * 1024)} MB");
                            skippingLongLine = true;
                        }

                        _position += end;
                        end = 0;
                    }
                    else
                    {
                        Array.Resize(ref buffer, Math.Min(_maxLineBytes, buffer.Length * 2));
                    }
                }

                var read = _stream.Read(buffer, end, buffer.Length - end);
                if (read == 0)
                {
                    final = true;
                }

                end += read;
                continue;
            }

            if (newline < 0 && start == end)
            {
                yield break;
            }

            var length = newline < 0 ? end - start : newline;
            var lineBytes = buffer.AsMemory(start, length);
            start += newline < 0 ? length : length + 1;
            _position += newline < 0 ? length : length + 1;
            _line++;
            if (skippingLongLine)
            {
                skippingLongLine = false;
                continue;
            }

            if (_line == 1 && lineBytes.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                lineBytes = lineBytes[3..];
            }

            if (lineBytes.Span.IndexOfAnyExcept(" \t\r"u8) < 0)
            {
                continue;
            }

            // The line's bytes stay put until the next read, which comes after the record is built.
            yield return ParseLine(lineBytes);
        }
    }

    private ArchiveRecord ParseLine(ReadOnlyMemory<byte> line)
    {
        // JsonDocument accepts invalid UTF-8 inside strings and fails only when one is read.
        if (!System.Text.Unicode.Utf8.IsValid(line.Span))
        {
            return ArchiveRecord.Failure(Source, _line, "not valid UTF-8; save the file as UTF-8");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            var message = ex.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            return ArchiveRecord.Failure(Source, _line, $"not valid JSON: {(cut > 0 ? message[..cut] : message).Trim()}");
        }

        using (document)
        {
            try
            {
                return ReadRecord(document.RootElement);
            }
            catch (InvalidOperationException ex)
            {
                // A string with a broken surrogate escape ("\ud800\ud800") parses but throws when read.
                return ArchiveRecord.Failure(Source, _line, $"a string in this line cannot be read: {ex.Message}");
            }
        }
    }

    private ArchiveRecord ReadRecord(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return ArchiveRecord.Failure(Source, _line, $"each line must be a JSON object, not {root.ValueKind.ToString().ToLowerInvariant()}");
        }

        _objects++;
        _firstFields ??= [.. root.EnumerateObject().Select(p => p.Name).Take(MaxFieldsShown)];
        foreach (var (field, name, _) in _columns.ChosenFields())
        {
            if (!_seenFields.HasFlag(field) && Find(root, name) is not null)
            {
                _seenFields |= field;
            }
        }

        var id = Find(root, _columns.Id) is { } idValue && idValue.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? idValue.ValueKind == JsonValueKind.String ? idValue.GetString() : idValue.GetRawText()
            : _line.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var author = Find(root, _columns.Author) is { ValueKind: JsonValueKind.String } authorValue ? authorValue.GetString() : null;
        var record = new ArchiveRecord { Kind = ArchiveRecordKind.Message, Source = Source, Line = _line, Id = id, Author = author, AuthorId = author };

        if (Find(root, _columns.Date) is { } dateValue && dateValue.ValueKind != JsonValueKind.Null)
        {
            var dateText = dateValue.ValueKind is JsonValueKind.String ? dateValue.GetString() : dateValue.GetRawText();
            if (!ArchiveDates.TryParse(dateText, out var instant, out var local))
            {
                return record with { Kind = ArchiveRecordKind.Failed, Reason = $"\"{_columns.Date}\" is not a date: {dateValue.GetRawText()}" };
            }

            record = record with { Date = instant, LocalDate = local };
        }

        var text = Find(root, _columns.Text);
        if (text is null)
        {
            return record with { Kind = ArchiveRecordKind.Failed, Reason = $"no \"{_columns.Text}\" field (choose the text field with --text-column)" };
        }

        if (text.Value.ValueKind == JsonValueKind.Null)
        {
            return record with { Kind = ArchiveRecordKind.Skipped, Reason = SkipReasons.NoText };
        }

        if (text.Value.ValueKind != JsonValueKind.String)
        {
            return record with { Kind = ArchiveRecordKind.Failed, Reason = $"\"{_columns.Text}\" must be a string, not {text.Value.ValueKind.ToString().ToLowerInvariant()}" };
        }

        var value = text.Value.GetString()!;
        return string.IsNullOrWhiteSpace(value)
            ? record with { Kind = ArchiveRecordKind.Skipped, Reason = SkipReasons.NoText }
            : record with { Text = value };
    }

    private static JsonElement? Find(JsonElement root, string path)
    {
        if (root.TryGetProperty(path, out var direct))
        {
            return direct;
        }

        var current = root;
        foreach (var segment in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segment, out current))
            {
                return null;
            }
        }

        return current;
    }
}
