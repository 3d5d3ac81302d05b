using MessageLint.Core.Diagnostics;

namespace MessageLint.Core.Evaluation;

/// <summary>How one rule did on a corpus, overall and per language.</summary>
/// <param name="Descriptor">The rule.</param>
/// <param name="Overall">Counts over every item.</param>
/// <param name="ByLanguage">Counts per item language ("ru", "en", "mixed").</param>
public sealed record RuleEvaluation(RuleDescriptor Descriptor, DetectionCounts Overall, IReadOnlyDictionary<string, DetectionCounts> ByLanguage);
