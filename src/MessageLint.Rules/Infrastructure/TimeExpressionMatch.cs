namespace MessageLint.Rules.Infrastructure;

/// <summary>A concrete time found in prose: where it is, what kind it is and how it was written.</summary>
/// <param name="Index">Index into the prose that was searched.</param>
/// <param name="Length">Length of the match.</param>
/// <param name="Kind">What sort of time it names.</param>
/// <param name="Value">The matched text as written.</param>
public readonly record struct TimeExpressionMatch(int Index, int Length, TimeExpressionKind Kind, string Value);
