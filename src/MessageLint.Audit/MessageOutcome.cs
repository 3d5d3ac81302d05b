using MessageLint.Formats.Archive;

namespace MessageLint.Audit;

/// <summary>
/// What the audit made of one record, in a form that can be written, read back and merged: where
/// it came from, whether it was checked, skipped or failed, and its score and findings. The text is
/// kept only when there is a finding to show.
/// </summary>
public sealed record MessageOutcome
{
    /// <summary>The record's 0-based position in the input; output follows it, and shards merge by it.</summary>
    public required long Sequence { get; init; }

    /// <summary>A key unique in the archive ("chat/id", or the ID): the SARIF logical location and the shard key.</summary>
    public required string Key { get; init; }

    /// <summary>The message ID.</summary>
    public string? Id { get; init; }

    /// <summary>The chat, when the archive has chats.</summary>
    public ArchiveChat? Chat { get; init; }

    /// <summary>The author's name.</summary>
    public string? Author { get; init; }

    /// <summary>The author's ID.</summary>
    public string? AuthorId { get; init; }

    /// <summary>Whose message it is.</summary>
    public MessageRole Role { get; init; }

    /// <summary>The instant it was sent.</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>The wall-clock time it was sent.</summary>
    public DateTime? LocalDate { get; init; }

    /// <summary>A public link to it.</summary>
    public string? Link { get; init; }

    /// <summary>The ID of the message it replies to.</summary>
    public string? ReplyToId { get; init; }

    /// <summary>The input it came from.</summary>
    public required string Source { get; init; }

    /// <summary>The line of the input where it starts.</summary>
    public int? Line { get; init; }

    /// <summary>True when the text is a whole file, so finding lines are file lines.</summary>
    public bool TextIsWholeFile { get; init; }

    /// <summary>Checked, skipped or failed.</summary>
    public required OutcomeStatus Status { get; init; }

    /// <summary>The skip reason key or the failure.</summary>
    public string? Reason { get; init; }

    /// <summary>More about the reason.</summary>
    public string? ReasonDetail { get; init; }

    /// <summary>The score, 0–100, for checked messages.</summary>
    public int? Score { get; init; }

    /// <summary>The scores of principles 1–7, for checked messages.</summary>
    public IReadOnlyList<int>? PrincipleScores { get; init; }

    /// <summary>The language of the message ("ru", "en", "other").</summary>
    public string? Language { get; init; }

    /// <summary>All findings, suppressed ones included, in text order.</summary>
    public IReadOnlyList<AuditFinding> Findings { get; init; } = [];

    /// <summary>The text, kept when a finding is reported or the message asks for status.</summary>
    public string? Text { get; init; }

    /// <summary>True when someone else's message asks for status ("any update?").</summary>
    public bool IsStatusQuestion { get; init; }

    /// <summary>True when one's own message states working rules (hours, days, response times).</summary>
    public bool StatesRules { get; init; }

    /// <summary>Where it is: "source:line" or the source.</summary>
    public string Location => Line is { } line ? $"{Source}:{line}" : Source;

    /// <summary>The number of findings a person should see.</summary>
    public int ReportedCount => Findings.Count(f => f.IsReported);
}
