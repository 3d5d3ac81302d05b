using MessageLint.Core.Diagnostics;

namespace MessageLint.Audit;

/// <summary>How many findings one rule reported in the run.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Title">Its English title.</param>
/// <param name="Principle">Its principle.</param>
/// <param name="HelpUri">Its documentation.</param>
/// <param name="Count">Reported findings.</param>
public sealed record RuleTally(string RuleId, string Title, Principle Principle, string? HelpUri, long Count);
