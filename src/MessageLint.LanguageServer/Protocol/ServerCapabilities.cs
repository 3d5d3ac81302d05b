namespace MessageLint.LanguageServer.Protocol;

/// <summary>What the server really implements; clients send nothing else.</summary>
/// <param name="TextDocumentSync">Document synchronisation.</param>
/// <param name="CodeActionProvider">Quick fixes.</param>
/// <param name="HoverProvider">Rule explanations on hover.</param>
public sealed record ServerCapabilities(TextDocumentSyncOptions TextDocumentSync, CodeActionOptions CodeActionProvider, bool HoverProvider);
