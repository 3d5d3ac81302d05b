namespace MessageLint.LanguageServer.Protocol;

/// <summary>The client's workspace capabilities the server reads.</summary>
/// <param name="DidChangeWatchedFiles">Whether the client reports changes of files the server names.</param>
public sealed record WorkspaceClientCapabilities(DynamicRegistrationCapability? DidChangeWatchedFiles);
