namespace MessageLint.Formats.Archive;

/// <summary>Reads an archive record by record, never all at once, so memory stays bounded whatever the archive's size.</summary>
public interface IArchiveReader : IDisposable
{
    /// <summary>The input as the user named it.</summary>
    string Source { get; }

    /// <summary>How far reading has come, from 0 to 1, or null when the size is unknown (standard input).</summary>
    double? Progress { get; }

    /// <summary>Every record in input order; a syntax error that ends reading is returned as a last failed record.</summary>
    IEnumerable<ArchiveRecord> ReadRecords(CancellationToken cancellationToken = default);
}
