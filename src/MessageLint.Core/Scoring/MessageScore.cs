using MessageLint.Core.Diagnostics;

namespace MessageLint.Core.Scoring;

/// <summary>A draft's 0–100 score, overall and per principle (100 = nothing found).</summary>
/// <param name="Overall">The overall score.</param>
/// <param name="ByPrinciple">The score of each of the seven principles.</param>
public sealed record MessageScore(int Overall, IReadOnlyDictionary<Principle, int> ByPrinciple);
