namespace MessageLint.LanguageServer.Protocol;

/// <summary>The server's name and version, shown by clients in their logs.</summary>
/// <param name="Name">The name.</param>
/// <param name="Version">The version.</param>
public sealed record ServerInfo(string Name, string? Version);
