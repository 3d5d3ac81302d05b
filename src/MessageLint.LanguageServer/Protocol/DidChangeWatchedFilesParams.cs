namespace MessageLint.LanguageServer.Protocol;

/// <summary>The parameters of workspace/didChangeWatchedFiles.</summary>
/// <param name="Changes">The files created, changed or deleted.</param>
public sealed record DidChangeWatchedFilesParams(IReadOnlyList<FileEvent> Changes);
