namespace MessageLint.Core.Diagnostics;

/// <summary>
/// A way to fix a diagnostic. Automatic suggestions need no human choice and may be applied by
/// <c>--fix</c>; templates ("I suggest X, because Y") are shown for the writer to complete.
/// </summary>
/// <param name="Title">What the suggestion does, in the draft's language.</param>
/// <param name="Edits">The edits, non-overlapping.</param>
/// <param name="IsAutomatic">True when the edits are safe to apply without a human choice.</param>
public sealed record Suggestion(string Title, IReadOnlyList<TextEdit> Edits, bool IsAutomatic)
{
    /// <summary>The text the suggestion puts in (the first edit's), for display.</summary>
    public string? ReplacementText => Edits.Count > 0 ? Edits[0].NewText : null;
}
