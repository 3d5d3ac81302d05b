namespace MessageLint.LanguageServer.Protocol;

/// <summary>A quick fix: a title, the diagnostic it fixes and the edit that fixes it.</summary>
/// <param name="Title">What it does.</param>
/// <param name="Kind">Always "quickfix".</param>
/// <param name="Diagnostics">The diagnostics it resolves.</param>
/// <param name="IsPreferred">True for fixes that need no human choice, so editors can apply them with one key; null otherwise.</param>
/// <param name="Edit">The edit.</param>
public sealed record CodeAction(string Title, string Kind, IReadOnlyList<LspDiagnostic> Diagnostics, bool? IsPreferred, WorkspaceEdit Edit);
