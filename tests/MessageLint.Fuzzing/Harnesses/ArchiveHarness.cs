using MessageLint.Formats.Archive;

namespace MessageLint.Fuzzing.Harnesses;

/// <summary>
/// Reads an archive (Telegram export, JSONL, CSV) to the end: every record comes out as a message,
/// a skip or a failure with a reason, and nothing throws — a broken archive is reported, not fatal.
/// </summary>
public sealed class ArchiveHarness : IFuzzHarness
{
    private readonly Func<Stream, IArchiveReader> _open;

    /// <summary>Creates the harness for one archive reader.</summary>
    public ArchiveHarness(string name, Func<Stream, IArchiveReader> open)
    {
        Name = name;
        _open = open;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public void Run(ReadOnlySpan<byte> data)
    {
        using var reader = _open(new MemoryStream(data.ToArray(), writable: false));
        foreach (var record in reader.ReadRecords())
        {
            var valid = record.Kind switch
            {
                ArchiveRecordKind.Message => record.Text is not null,
                _ => !string.IsNullOrWhiteSpace(record.Reason),
            };
            if (!valid)
            {
                throw new InvalidOperationException($"Invariant broken: a {record.Kind} record at line {record.Line} has no {(record.Kind == ArchiveRecordKind.Message ? "text" : "reason")}.");
            }
        }
    }
}
