namespace MessageLint.LanguageServer.Protocol;

/// <summary>The one part of the client's capabilities the server reads: whether it can watch files for the server.</summary>
/// <param name="Workspace">The client's workspace capabilities.</param>
public sealed record ClientCapabilities(WorkspaceClientCapabilities? Workspace);
