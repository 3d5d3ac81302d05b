namespace MessageLint.LanguageServer.Protocol;

/// <summary>Which files the client should watch and report through workspace/didChangeWatchedFiles.</summary>
/// <param name="Watchers">The watched patterns.</param>
public sealed record DidChangeWatchedFilesRegistrationOptions(IReadOnlyList<LspFileSystemWatcher> Watchers);
