namespace MessageLint.Formats.Archive;

/// <summary>
/// Which fields of a JSONL object or CSV row hold the message's text, ID, date and author. JSONL
/// names may be dotted paths into nested objects ("message.text").
/// </summary>
public sealed record ColumnMapping
{
    /// <summary>The text field; records without it fail.</summary>
    public string Text { get; init; } = "text";

    /// <summary>The ID field; without it the line or row number is the ID.</summary>
    public string Id { get; init; } = "id";

    /// <summary>The date field: ISO 8601 (with or without offset) or Unix seconds.</summary>
    public string Date { get; init; } = "date";

    /// <summary>The author field.</summary>
    public string Author { get; init; } = "author";
}
