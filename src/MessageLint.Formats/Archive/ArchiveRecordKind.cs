namespace MessageLint.Formats.Archive;

/// <summary>What became of one record read from an archive, so every record is accounted for.</summary>
public enum ArchiveRecordKind
{
    /// <summary>A message with text to check.</summary>
    Message,

    /// <summary>A record deliberately not checked (service message, forwarded text, no text…); the reason says why.</summary>
    Skipped,

    /// <summary>A record that could not be read (malformed); the reason and location say what and where.</summary>
    Failed,
}
