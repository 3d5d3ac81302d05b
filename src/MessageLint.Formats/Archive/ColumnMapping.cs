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

    /// <summary>
    /// The optional fields the user named rather than left at their defaults. A default field may be
    /// absent; a named one that the input lacks is a mistake (a typo, the wrong file) and fails the input.
    /// </summary>
    public ColumnFields Chosen { get; init; }

    /// <summary>The chosen optional fields with their names and options, in a fixed order.</summary>
    public IEnumerable<(ColumnFields Field, string Name, string Option)> ChosenFields()
    {
        if (Chosen.HasFlag(ColumnFields.Id))
        {
            yield return (ColumnFields.Id, Id, "--id-column");
        }

        if (Chosen.HasFlag(ColumnFields.Date))
        {
            yield return (ColumnFields.Date, Date, "--date-column");
        }

        if (Chosen.HasFlag(ColumnFields.Author))
        {
            yield return (ColumnFields.Author, Author, "--author-column");
        }
    }
}
