namespace MessageLint.Core.Configuration;

/// <summary>The profiles MessageLint ships; rules say in their descriptors how each profile changes them.</summary>
public static class BuiltInProfiles
{
    /// <summary>Day-to-day messages to a client; the default.</summary>
    public const string ClientChat = "client-chat";

    /// <summary>Posts in a public channel or blog, where badmouthing clients is most harmful.</summary>
    public const string PublicPost = "public-post";

    /// <summary>The first message of a project: questions, rules and scope matter most.</summary>
    public const string Kickoff = "kickoff";

    /// <summary>Status updates: concrete times and announced changes matter most.</summary>
    public const string StatusUpdate = "status-update";

    /// <summary>All built-in profile names.</summary>
    public static IReadOnlyList<string> Names { get; } = [ClientChat, PublicPost, Kickoff, StatusUpdate];

    /// <summary>True for a built-in profile name.</summary>
    public static bool IsBuiltIn(string name) => Names.Contains(name, StringComparer.OrdinalIgnoreCase);
}
