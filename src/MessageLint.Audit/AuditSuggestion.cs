namespace MessageLint.Audit;

/// <summary>A suggested fix of a finding, as reports show it.</summary>
/// <param name="Title">What the suggestion does.</param>
/// <param name="NewText">The replacement text, when the suggestion is an edit.</param>
/// <param name="IsAutomatic">True when it needs no human choice.</param>
public sealed record AuditSuggestion(string Title, string? NewText, bool IsAutomatic);
