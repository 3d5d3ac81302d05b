namespace MessageLint.Audit;

/// <summary>A record that failed, with where it is and what was wrong.</summary>
/// <param name="Location">"source:line" or the source.</param>
/// <param name="Reason">What was wrong.</param>
public sealed record FailureNote(string Location, string Reason);
