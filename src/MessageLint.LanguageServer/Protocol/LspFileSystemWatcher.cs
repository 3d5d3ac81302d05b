namespace MessageLint.LanguageServer.Protocol;

/// <summary>A glob of files to watch, every kind of change reported; named apart from System.IO.FileSystemWatcher.</summary>
/// <param name="GlobPattern">The glob, e.g. **/messagelint.json.</param>
public sealed record LspFileSystemWatcher(string GlobPattern);
