namespace MessageLint.Core.Engine;

/// <summary>How long one rule (or the sentence model) ran in total, and on how many drafts (sentences for the model).</summary>
/// <param name="Name">The rule's IDs joined by commas, or "sentence model".</param>
/// <param name="Elapsed">Time spent inside it, summed over every thread.</param>
/// <param name="Calls">Drafts the rule checked, or sentences the model scored.</param>
public sealed record RuleTiming(string Name, TimeSpan Elapsed, long Calls);
