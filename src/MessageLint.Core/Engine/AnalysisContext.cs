using MessageLint.Core.Classification;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Text;

namespace MessageLint.Core.Engine;

/// <summary>What every rule callback sees: the draft, the settings, and a way to report.</summary>
public abstract class AnalysisContext
{
    private readonly DiagnosticCollector _collector;
    private readonly IReadOnlySet<RuleDescriptor> _allowed;
    private readonly SentenceScoreView _scores;

    private protected AnalysisContext(MessageDocument document, LintSettings settings, DiagnosticCollector collector, IReadOnlySet<RuleDescriptor> allowed, SentenceScoreView scores, CancellationToken cancellationToken)
    {
        _scores = scores;
        CancellationToken = cancellationToken;
        Document = document;
        Settings = settings;
        _collector = collector;
        _allowed = allowed;
    }

    /// <summary>The draft.</summary>
    public MessageDocument Document { get; }

    /// <summary>The resolved settings (profile, language, severities).</summary>
    public LintSettings Settings { get; }

    /// <summary>
    /// Set when the host no longer needs this check (the editor's text changed meanwhile). The engine
    /// stops between sentences and rules by itself; a rule with long work of its own may watch it too.
    /// </summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The active profile's name.</summary>
    public string Profile => Settings.Profile;

    /// <summary>The classifier's scores for a sentence of this draft, or null when the engine runs without a model.</summary>
    public SentenceScores? GetScores(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return _scores.Get(sentence.Index);
    }

    /// <summary>True when the descriptor would be reported at all, so rules can skip costly work.</summary>
    public bool IsEnabled(RuleDescriptor descriptor) => Settings.GetSeverity(descriptor) != Severity.None;

    /// <summary>Reports a finding of one of the rule's descriptors.</summary>
    public void Report(
        RuleDescriptor descriptor,
        TextSpan span,
        MessageLanguage language,
        IReadOnlyList<object?>? arguments = null,
        IReadOnlyList<Suggestion>? suggestions = null,
        IReadOnlyList<Evidence>? evidence = null,
        double confidence = 1.0)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (!_allowed.Contains(descriptor))
        {
            throw new InvalidOperationException($"A rule reported {descriptor.Id}, which is not among its supported descriptors.");
        }

        if (span.End > Document.Text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, "The span lies outside the draft.");
        }

        var severity = Settings.GetSeverity(descriptor);
        if (severity == Severity.None)
        {
            return;
        }

        _collector.Add(new Diagnostic
        {
            Descriptor = descriptor,
            Span = span,
            Location = Document.Lines.GetPositionSpan(span),
            Path = Document.Path,
            Arguments = arguments ?? [],
            Severity = severity,
            Language = language,
            Suggestions = suggestions ?? [],
            Evidence = evidence ?? [],
            Confidence = Math.Clamp(confidence, 0, 1),
        });
    }
}
