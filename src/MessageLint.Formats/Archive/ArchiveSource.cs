using MessageLint.Core.Text;

namespace MessageLint.Formats.Archive;

/// <summary>What to read and how: the inputs as given, the format, and the format-specific settings.</summary>
public sealed record ArchiveSource
{
    /// <summary>Files, folders, globs, or "-" for standard input.</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];

    /// <summary>The format, or <see cref="ArchiveInputFormat.Auto"/> to detect it.</summary>
    public ArchiveInputFormat Format { get; init; } = ArchiveInputFormat.Auto;

    /// <summary>Globs of files to leave out when reading folders.</summary>
    public IReadOnlyList<string> Excludes { get; init; } = [];

    /// <summary>Which fields hold text, ID, date and author in JSONL and CSV.</summary>
    public ColumnMapping Columns { get; init; } = new();

    /// <summary>Telegram settings.</summary>
    public TelegramReaderOptions Telegram { get; init; } = new();

    /// <summary>The largest draft file read, in bytes.</summary>
    public long MaxFileBytes { get; init; } = DraftSize.DefaultMaxBytes;
}
