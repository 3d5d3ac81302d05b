namespace MessageLint.Formats.Archive;

/// <summary>The kinds of archive `messagelint audit` reads.</summary>
public enum ArchiveInputFormat
{
    /// <summary>Decide from the input: .json is a Telegram export, .jsonl/.ndjson JSON Lines, .csv CSV, standard input JSON Lines, anything else files.</summary>
    Auto,

    /// <summary>A Telegram Desktop JSON export (result.json).</summary>
    Telegram,

    /// <summary>JSON Lines, one object a line.</summary>
    Jsonl,

    /// <summary>CSV with a header row.</summary>
    Csv,

    /// <summary>Files, folders and globs of drafts.</summary>
    Files,
}
