namespace MessageLint.Formats.Archive;

/// <summary>The chat or channel a message belongs to, as the export names it; links and conversation metrics depend on it.</summary>
/// <param name="Id">The chat's ID as exported (Telegram's bare peer ID).</param>
/// <param name="Name">The chat's title, or null (saved messages have none).</param>
/// <param name="Type">The export's chat type: public_channel, private_channel, personal_chat, private_group, …</param>
public sealed record ArchiveChat(string Id, string? Name, string? Type)
{
    /// <summary>True for chats anyone can open by link (public channels and public supergroups).</summary>
    public bool IsPublic => Type is "public_channel" or "public_supergroup";

    /// <summary>True for a chat between two people, where conversation metrics make sense.</summary>
    public bool IsTwoParty => Type is "personal_chat";

    /// <summary>True when --chat names this chat: its ID exactly, or its name ignoring case.</summary>
    public bool IsNamed(string nameOrId)
        => string.Equals(nameOrId, Id, StringComparison.Ordinal) || string.Equals(nameOrId, Name, StringComparison.OrdinalIgnoreCase);
}
