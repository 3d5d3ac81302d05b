namespace MessageLint.LanguageServer.Protocol;

/// <summary>One edit of a didChange: a range and its new text, or the whole new text when the range is absent.</summary>
/// <param name="Range">The replaced range, or null for a full-text change.</param>
/// <param name="Text">The new text of the range or of the document.</param>
public sealed record TextDocumentContentChangeEvent(LspRange? Range, string Text);
