namespace MessageLint.LanguageServer.Protocol;

/// <summary>Edits per document URI, the form every client supports.</summary>
/// <param name="Changes">The edits by URI.</param>
public sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<LspTextEdit>> Changes);
