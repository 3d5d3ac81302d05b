using MessageLint.Core.Text;

namespace MessageLint.Core.Diagnostics;

/// <summary>One finding in one draft: which rule, where, how serious, why, and how to fix it.</summary>
public sealed record Diagnostic
{
    /// <summary>The rule that produced it.</summary>
    public required RuleDescriptor Descriptor { get; init; }

    /// <summary>Where it applies in the raw text (half-open, UTF-16).</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The span as zero-based lines and columns.</summary>
    public required LinePositionSpan Location { get; init; }

    /// <summary>The draft's path as shown to the user, or null for inline text.</summary>
    public string? Path { get; init; }

    /// <summary>Arguments for the descriptor's message format.</summary>
    public IReadOnlyList<object?> Arguments { get; init; } = [];

    /// <summary>The severity after configuration, profile and overrides.</summary>
    public required Severity Severity { get; init; }

    /// <summary>The language of the sentence it was found in; messages and templates use it.</summary>
    public MessageLanguage Language { get; init; } = MessageLanguage.English;

    /// <summary>Ways to fix it.</summary>
    public IReadOnlyList<Suggestion> Suggestions { get; init; } = [];

    /// <summary>What made the rule fire.</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    /// <summary>How sure the rule is, from 0 to 1; it scales the diagnostic's weight in the score.</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>True when an inline directive silences it; suppressed diagnostics are kept for reports but never fail a run.</summary>
    public bool IsSuppressed { get; init; }

    /// <summary>The justification given in the suppressing directive, if any.</summary>
    public string? SuppressionJustification { get; init; }

    /// <summary>The rule ID.</summary>
    public string Id => Descriptor.Id;

    /// <summary>The message in the given language, or in the draft's language when none is given.</summary>
    public string GetMessage(MessageLanguage? language = null) => Descriptor.FormatMessage(language ?? Language, Arguments);
}
