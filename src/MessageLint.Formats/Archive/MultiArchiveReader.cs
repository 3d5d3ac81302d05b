namespace MessageLint.Formats.Archive;

/// <summary>
/// Reads several archives one after another — `audit january.jsonl february.jsonl`, or a Telegram
/// export next to a folder of drafts — each with its own reader, in the order given. Each record
/// carries its input as <see cref="ArchiveRecord.Scope"/>, so IDs that repeat across inputs stay
/// distinct messages. An input that cannot be opened is a failed record; the rest are still read.
/// </summary>
public sealed class MultiArchiveReader : IArchiveReader
{
    private readonly IReadOnlyList<(string Name, Func<IArchiveReader> Open)> _parts;
    private IArchiveReader? _current;
    private int _finished;

    /// <summary>Reads the parts in order; each is opened only when reading reaches it.</summary>
    public MultiArchiveReader(IReadOnlyList<(string Name, Func<IArchiveReader> Open)> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        _parts = parts;
        Source = string.Join(' ', parts.Select(p => p.Name));
    }

    /// <inheritdoc />
    public string Source { get; }

    /// <inheritdoc />
    public double? Progress => _parts.Count == 0 ? null : Math.Min(1.0, (_finished + (_current?.Progress ?? 0)) / _parts.Count);

    /// <inheritdoc />
    public IEnumerable<ArchiveRecord> ReadRecords(CancellationToken cancellationToken = default)
    {
        foreach (var (name, open) in _parts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (reader, failure) = TryOpen(name, open);
            if (reader is null)
            {
                _finished++;
                yield return failure!;
                continue;
            }

            _current = reader;
            try
            {
                foreach (var record in reader.ReadRecords(cancellationToken))
                {
                    yield return record with { Scope = name };
                }
            }
            finally
            {
                _current = null;
                _finished++;
                reader.Dispose();
            }
        }
    }

    private static (IArchiveReader? Reader, ArchiveRecord? Failure) TryOpen(string name, Func<IArchiveReader> open)
    {
        try
        {
            return (open(), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var reason = ex is FileNotFoundException or DirectoryNotFoundException ? "file not found" : ex.Message;
            return (null, ArchiveRecord.Failure(name, null, reason) with { Scope = name });
        }
    }

    /// <inheritdoc />
    public void Dispose() => _current?.Dispose();
}
