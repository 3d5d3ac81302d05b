namespace MessageLint.Formats.Archive;

/// <summary>The optional fields of a <see cref="ColumnMapping"/>, as flags: which ones the user named.</summary>
[Flags]
public enum ColumnFields
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>The ID field (--id-column).</summary>
    Id = 1,

    /// <summary>The date field (--date-column).</summary>
    Date = 2,

    /// <summary>The author field (--author-column).</summary>
    Author = 4,
}
