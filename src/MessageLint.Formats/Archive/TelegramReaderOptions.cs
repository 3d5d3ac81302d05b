namespace MessageLint.Formats.Archive;

/// <summary>How to read a Telegram export: which chats to audit and how to link to public posts.</summary>
public sealed record TelegramReaderOptions
{
    /// <summary>Chats to audit, by name or ID; empty means all. Messages of other chats are skipped, not dropped.</summary>
    public IReadOnlyList<string> Chats { get; init; } = [];

    /// <summary>
    /// The public username of the channel (t.me/&lt;name&gt;), which the export does not contain; with
    /// it, posts of a public chat get links. It applies to a single-chat export, or to the one chat
    /// chosen with <see cref="Chats"/>.
    /// </summary>
    public string? PublicUsername { get; init; }
}
