using MessageLint.Core.Classification;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Text;

namespace MessageLint.Core.Engine;

/// <summary>The context of a per-sentence callback.</summary>
public sealed class SentenceContext : AnalysisContext
{
    internal SentenceContext(MessageDocument document, Sentence sentence, LintSettings settings, DiagnosticCollector collector, IReadOnlySet<RuleDescriptor> allowed, SentenceScoreView scores, CancellationToken cancellationToken)
        : base(document, settings, collector, allowed, scores, cancellationToken)
    {
        Sentence = sentence;
    }

    /// <summary>The sentence under analysis.</summary>
    public Sentence Sentence { get; }

    /// <summary>The classifier's scores for this sentence, or null when the engine runs without a model.</summary>
    public SentenceScores? Scores => GetScores(Sentence);

    /// <summary>Reports a finding at a span of <see cref="Sentence"/>'s prose, in the sentence's language.</summary>
    public void ReportAt(
        RuleDescriptor descriptor,
        int proseIndex,
        int length,
        IReadOnlyList<object?>? arguments = null,
        IReadOnlyList<Suggestion>? suggestions = null,
        IReadOnlyList<Evidence>? evidence = null,
        double confidence = 1.0)
        => Report(descriptor, Sentence.ToDocumentSpan(proseIndex, length), Sentence.Language, arguments, suggestions, evidence, confidence);
}
