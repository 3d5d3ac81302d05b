namespace MessageLint.Audit.Metrics;

/// <summary>A message quoted in the conversation section: which, when, and a short excerpt.</summary>
/// <param name="Id">The message ID.</param>
/// <param name="Date">Its wall-clock time.</param>
/// <param name="Link">A link to it, when public.</param>
/// <param name="Excerpt">The start of its text, when shown.</param>
public sealed record ConversationExample(string? Id, DateTime Date, string? Link, string? Excerpt);
