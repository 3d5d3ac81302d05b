namespace MessageLint.Audit;

/// <summary>How far a run has come, for a progress bar.</summary>
/// <param name="Read">Records taken from the input so far.</param>
/// <param name="Done">Records whose outcome is written.</param>
/// <param name="Reported">Findings reported so far.</param>
/// <param name="Fraction">The share of the input read, when its size is known.</param>
public sealed record AuditProgress(long Read, long Done, long Reported, double? Fraction);
