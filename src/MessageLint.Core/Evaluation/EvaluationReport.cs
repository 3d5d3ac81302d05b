namespace MessageLint.Core.Evaluation;

/// <summary>Per-rule and per-principle results of running the engine over a labelled corpus.</summary>
/// <param name="Dataset">The corpus's name.</param>
/// <param name="Items">How many items were evaluated.</param>
/// <param name="ItemsByLanguage">Item counts per language.</param>
/// <param name="Rules">Per rule, in ID order.</param>
/// <param name="Principles">Per principle, in order.</param>
public sealed record EvaluationReport(
    string Dataset,
    int Items,
    IReadOnlyDictionary<string, int> ItemsByLanguage,
    IReadOnlyList<RuleEvaluation> Rules,
    IReadOnlyList<PrincipleEvaluation> Principles);
