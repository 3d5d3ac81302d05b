using MessageLint.Core.Text;

namespace MessageLint.Audit;

/// <summary>A record on its way through the pipeline: its planned outcome and, while it is being checked, its text.</summary>
/// <param name="Outcome">The outcome so far.</param>
/// <param name="Text">The text to check or scan, or null.</param>
/// <param name="Format">How to read the text.</param>
internal sealed record AuditItem(MessageOutcome Outcome, string? Text, DocumentFormat Format);
