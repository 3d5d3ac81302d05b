using MessageLint.Audit.Baseline;
using MessageLint.Core.Diagnostics;

namespace MessageLint.Audit;

/// <summary>
/// One diagnostic of one audited message, kept without the parsed document so millions of them fit
/// in reports: rule, severity, the flagged text and where it is, the message and the suggestions.
/// </summary>
public sealed record AuditFinding
{
    /// <summary>The rule ID.</summary>
    public required string RuleId { get; init; }

    /// <summary>The effective severity.</summary>
    public required Severity Severity { get; init; }

    /// <summary>The rule's principle.</summary>
    public required Principle Principle { get; init; }

    /// <summary>The message, in the language of the sentence.</summary>
    public required string Message { get; init; }

    /// <summary>Start offset in the message text (UTF-16).</summary>
    public required int Start { get; init; }

    /// <summary>End offset in the message text (exclusive).</summary>
    public required int End { get; init; }

    /// <summary>1-based line of the start within the message text.</summary>
    public required int StartLine { get; init; }

    /// <summary>1-based column of the start (UTF-16 code units).</summary>
    public required int StartColumn { get; init; }

    /// <summary>1-based line of the end.</summary>
    public required int EndLine { get; init; }

    /// <summary>1-based column of the end.</summary>
    public required int EndColumn { get; init; }

    /// <summary>The flagged text.</summary>
    public required string Text { get; init; }

    /// <summary>How sure the rule is, from 0 to 1.</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>What made the rule fire: phrases, patterns, shapes and the model's score, as check's reports show them.</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    /// <summary>True when an inline directive silences it.</summary>
    public bool IsSuppressed { get; init; }

    /// <summary>The suppression's justification.</summary>
    public string? Justification { get; init; }

    /// <summary>Ways to fix it.</summary>
    public IReadOnlyList<AuditSuggestion> Suggestions { get; init; } = [];

    /// <summary>The rule's documentation.</summary>
    public string? HelpUri { get; init; }

    /// <summary>Rule and flagged text hashed, as SARIF's partial fingerprint.</summary>
    public required string Fingerprint { get; init; }

    /// <summary>New or unchanged against the baseline.</summary>
    public BaselineState BaselineState { get; init; }

    /// <summary>True when a person should see it: not suppressed, not hidden, and not already in the baseline.</summary>
    public bool IsReported => !IsSuppressed && Severity > Severity.Hidden && BaselineState != BaselineState.Unchanged;
}
