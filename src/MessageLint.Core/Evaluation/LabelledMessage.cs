namespace MessageLint.Core.Evaluation;

/// <summary>One item of a labelled corpus: a message and the corpus labels it carries (none = clean).</summary>
/// <param name="Id">The item's ID.</param>
/// <param name="Language">"ru", "en" or "mixed", as labelled.</param>
/// <param name="Text">The message.</param>
/// <param name="Labels">Its labels; empty for a clean message.</param>
/// <param name="Profile">The profile the message is meant for (e.g. "kickoff"), or null for the run's.</param>
/// <param name="HardNegative">True for clean items written to look like violations.</param>
/// <param name="Group">The idea the item belongs to; near-variants and translations share it, so splits keep a group together. Null means the item is its own group.</param>
public sealed record LabelledMessage(string Id, string Language, string Text, IReadOnlyList<string> Labels, string? Profile = null, bool HardNegative = false, string? Group = null);
