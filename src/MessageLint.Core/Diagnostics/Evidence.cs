namespace MessageLint.Core.Diagnostics;

/// <summary>Why a rule fired: a phrase match, a pattern, or a model score; reports show it so users can judge.</summary>
/// <param name="Kind">"phrase", "pattern", "shape" or "model".</param>
/// <param name="Detail">The matched phrase or the label name.</param>
/// <param name="Score">A probability for model evidence; null otherwise.</param>
public sealed record Evidence(string Kind, string Detail, double? Score = null);
