using MessageLint.Core.Diagnostics;

namespace MessageLint.Core.Evaluation;

/// <summary>How a principle's rules did together: an item counts as flagged when any of them fired.</summary>
/// <param name="Principle">The principle.</param>
/// <param name="Labels">The corpus labels of its rules.</param>
/// <param name="Overall">Counts over every item.</param>
public sealed record PrincipleEvaluation(Principle Principle, IReadOnlyList<string> Labels, DetectionCounts Overall);
