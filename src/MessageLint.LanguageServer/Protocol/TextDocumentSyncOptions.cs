namespace MessageLint.LanguageServer.Protocol;

/// <summary>How the client keeps the server's copy of a document in step.</summary>
/// <param name="OpenClose">Whether didOpen and didClose are sent.</param>
/// <param name="Change">0 none, 1 full text, 2 incremental edits.</param>
/// <param name="Save">Whether and how didSave is sent.</param>
public sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions Save);
