using MessageLint.Core.Text;

namespace MessageLint.Formats.Archive;

/// <summary>
/// One record of an archive — a Telegram message, a JSONL line, a CSV row or a file — with what the
/// reader learnt about it. Readers return every record they meet, checked or not, so the audit can
/// prove read = checked + skipped + failed.
/// </summary>
public sealed record ArchiveRecord
{
    /// <summary>Whether the record carries a message to check, was skipped or failed.</summary>
    public required ArchiveRecordKind Kind { get; init; }

    /// <summary>The input it came from, as the user named it.</summary>
    public required string Source { get; init; }

    /// <summary>The 1-based line of the input where the record starts, when the input has lines.</summary>
    public int? Line { get; init; }

    /// <summary>
    /// The input the ID is unique within, when one audit reads several archives (two JSONL files both
    /// have a line 1); null for a single archive. Part of the message's key, never shown as its ID.
    /// </summary>
    public string? Scope { get; init; }

    /// <summary>The message ID in the archive (Telegram ID, ID column, row or line number, or a file's path).</summary>
    public string? Id { get; init; }

    /// <summary>The chat the message belongs to, when the archive has chats.</summary>
    public ArchiveChat? Chat { get; init; }

    /// <summary>The author's display name.</summary>
    public string? Author { get; init; }

    /// <summary>The author's stable ID (Telegram's from_id such as "user123" or "channel456").</summary>
    public string? AuthorId { get; init; }

    /// <summary>When it was sent, as an instant.</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>When it was sent on the writer's wall clock (Telegram's "date"), for months, weekends and late hours.</summary>
    public DateTime? LocalDate { get; init; }

    /// <summary>The text to check; null when there is none.</summary>
    public string? Text { get; init; }

    /// <summary>How the text is to be read.</summary>
    public DocumentFormat Format { get; init; } = DocumentFormat.PlainText;

    /// <summary>True when the text is the whole input file, so line and column positions in it are file positions.</summary>
    public bool TextIsWholeFile { get; init; }

    /// <summary>The ID of the message this one replies to.</summary>
    public string? ReplyToId { get; init; }

    /// <summary>Who the message was forwarded from, when it was forwarded.</summary>
    public string? ForwardedFrom { get; init; }

    /// <summary>A public link to the message, when there is one.</summary>
    public string? Link { get; init; }

    /// <summary>For skipped records a <see cref="SkipReasons"/> key; for failed ones what is wrong.</summary>
    public string? Reason { get; init; }

    /// <summary>More about the reason ("forwarded from …", "action: pin_message").</summary>
    public string? ReasonDetail { get; init; }

    /// <summary>Where the record is: "source:line", or the source alone.</summary>
    public string Location => Line is { } line ? $"{Source}:{line}" : Source;

    /// <summary>A record that could not be read.</summary>
    public static ArchiveRecord Failure(string source, int? line, string reason, string? id = null, ArchiveChat? chat = null)
        => new() { Kind = ArchiveRecordKind.Failed, Source = source, Line = line, Reason = reason, Id = id, Chat = chat };
}
