namespace MessageLint.LanguageServer.Protocol;

/// <summary>The answer to initialize.</summary>
/// <param name="Capabilities">What the server implements.</param>
/// <param name="ServerInfo">Who the server is.</param>
public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);
