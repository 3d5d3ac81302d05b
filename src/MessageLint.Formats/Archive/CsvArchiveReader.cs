using System.Globalization;
using CsvHelper;

namespace MessageLint.Formats.Archive;

/// <summary>
/// Reads a CSV export with a header row, one message a row, with CsvHelper. Rows with broken quoting
/// are failed records with their line; a header without the text column, or without a column named
/// with --id-column, --date-column or --author-column, fails the whole input once, naming the columns it has.
/// </summary>
public sealed class CsvArchiveReader : IArchiveReader
{
    private readonly Stream _stream;
    private readonly long? _length;
    private readonly ColumnMapping _columns;
    private readonly Queue<CsvMalformedRecord> _malformed = new();
    private CsvReader? _reader;

    /// <summary>Reads from a stream; <paramref name="length"/> enables progress.</summary>
    public CsvArchiveReader(Stream stream, string source, ColumnMapping? columns = null, long? length = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        _stream = stream;
        Source = source;
        _columns = columns ?? new ColumnMapping();
        _length = length;
    }

    /// <inheritdoc />
    public string Source { get; }

    /// <inheritdoc />
    public double? Progress => _length is > 0 && _reader is not null ? Math.Min(1.0, (double)_reader.ByteOffset / _length.Value) : null;

    /// <inheritdoc />
    public IEnumerable<ArchiveRecord> ReadRecords(CancellationToken cancellationToken = default)
        => ArchiveReadGuard.Guard(ReadCore(cancellationToken), Source, () => _reader is null ? null : (int)_reader.LineNumber);

    /// <inheritdoc />
    public void Dispose()
    {
        _reader?.Dispose();
        _stream.Dispose();
    }

    private IEnumerable<ArchiveRecord> ReadCore(CancellationToken cancellationToken)
    {
        var options = new CsvReaderOptions
        {
            HasHeader = true,
            TrackLineNumbers = true,
            AllowLineBreaksInQuotes = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = record => _malformed.Enqueue(record),
            FormatProvider = CultureInfo.InvariantCulture,
        };
        _reader = CsvReader.Create(_stream, options, leaveOpen: true);
        var reader = _reader;
        var headers = reader.Headers;
        var missing = new List<string>();
        if (!reader.TryGetFieldIndex(_columns.Text, out var textIndex))
        {
            missing.Add($"no \"{_columns.Text}\" column (choose it with --text-column)");
        }

        foreach (var (_, name, option) in _columns.ChosenFields())
        {
            if (!reader.TryGetFieldIndex(name, out _))
            {
                missing.Add($"no \"{name}\" column (chosen with {option})");
            }
        }

        if (missing.Count > 0)
        {
            yield return ArchiveRecord.Failure(Source, 1, $"{string.Join("; ", missing)}; {DescribeHeader(headers)}");
            yield break;
        }

        var idIndex = reader.TryGetFieldIndex(_columns.Id, out var i) ? i : -1;
        var dateIndex = reader.TryGetFieldIndex(_columns.Date, out var d) ? d : -1;
        var authorIndex = reader.TryGetFieldIndex(_columns.Author, out var a) ? a : -1;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var hasRecord = reader.Read();
            while (_malformed.TryDequeue(out var malformed))
            {
                yield return ArchiveRecord.Failure(Source, malformed.LineNumber > 0 ? (int)malformed.LineNumber : null, $"malformed CSV row ({malformed.Reason})");
            }

            if (!hasRecord)
            {
                yield break;
            }

            yield return Build(reader, textIndex, idIndex, dateIndex, authorIndex);
        }
    }

    private ArchiveRecord Build(CsvReader reader, int textIndex, int idIndex, int dateIndex, int authorIndex)
    {
        var line = (int)reader.LineNumber;
        var id = idIndex >= 0 && !reader.IsEmpty(idIndex) ? reader.GetString(idIndex) : reader.RowNumber.ToString(CultureInfo.InvariantCulture);
        var author = authorIndex >= 0 && !reader.IsEmpty(authorIndex) ? reader.GetString(authorIndex) : null;
        var record = new ArchiveRecord { Kind = ArchiveRecordKind.Message, Source = Source, Line = line, Id = id, Author = author, AuthorId = author };
        if (dateIndex >= 0 && !reader.IsEmpty(dateIndex))
        {
            var dateText = reader.GetString(dateIndex);
            if (!ArchiveDates.TryParse(dateText, out var instant, out var local))
            {
                return record with { Kind = ArchiveRecordKind.Failed, Reason = $"\"{_columns.Date}\" is not a date: \"{dateText}\"" };
            }

            record = record with { Date = instant, LocalDate = local };
        }

        if (textIndex >= reader.FieldCount)
        {
            return record with { Kind = ArchiveRecordKind.Failed, Reason = $"the row has {reader.FieldCount} fields and no \"{_columns.Text}\"" };
        }

        var text = reader.GetString(textIndex);
        return string.IsNullOrWhiteSpace(text)
            ? record with { Kind = ArchiveRecordKind.Skipped, Reason = SkipReasons.NoText }
            : record with { Text = text };
    }

    /// <summary>
    /// Names the columns the header has, or says why there are none: an empty file or a first line with no
    /// column names is not a header, and "the columns are: " with nothing after it would leave the user guessing.
    /// </summary>
    private static string DescribeHeader(IReadOnlyList<string> headers)
    {
        if (headers.Count == 0)
        {
            return "the file has no header row: a CSV export starts with a line naming its columns, such as \"id,date,author,text\"";
        }

        if (headers.All(string.IsNullOrWhiteSpace))
        {
            return "the first line names no columns: a CSV export starts with a line naming its columns, such as \"id,date,author,text\"";
        }

        return "the columns are: " + string.Join(", ", headers.Select(h => string.IsNullOrWhiteSpace(h) ? "(unnamed)" : h));
    }
}
