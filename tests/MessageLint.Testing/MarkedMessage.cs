namespace MessageLint.Testing;

/// <summary>A message with its markup removed and the diagnostics the markup expects.</summary>
public sealed record MarkedMessage(string Text, IReadOnlyList<ExpectedSpan> Expected);
