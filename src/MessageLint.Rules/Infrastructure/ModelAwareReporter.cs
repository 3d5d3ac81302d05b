using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;

namespace MessageLint.Rules.Infrastructure;

/// <summary>
/// Reports one rule's findings in one sentence with the model's evidence folded in, so every rule
/// combines heuristics and model the same way: heuristic findings carry the model's score as
/// evidence and a confidence it raised or lowered; and if no heuristic fired, the model alone
/// flags the whole sentence — but only for a label precise enough on the held-out split.
/// </summary>
public sealed class ModelAwareReporter
{
    private readonly AnalysisContext _context;
    private readonly Sentence _sentence;
    private readonly RuleDescriptor _descriptor;
    private ModelSignal? _signal;

    /// <summary>Creates a reporter; the model's signal is read when a report or a model-only check needs it.</summary>
    public ModelAwareReporter(AnalysisContext context, Sentence sentence, RuleDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(descriptor);
        _context = context;
        _sentence = sentence;
        _descriptor = descriptor;
    }

    /// <summary>Creates a reporter for the sentence of a sentence callback.</summary>
    public ModelAwareReporter(SentenceContext context, RuleDescriptor descriptor)
        : this(context, context?.Sentence!, descriptor)
    {
    }

    /// <summary>The model's signal for this sentence and rule.</summary>
    public ModelSignal Signal => _signal ??= ModelEvidence.Read(_context, _sentence, _descriptor);

    /// <summary>True once a heuristic finding has been reported.</summary>
    public bool HasReported { get; private set; }

    /// <summary>
    /// True when <see cref="ReportModelOnly"/> would report now. Callers check it before building the
    /// report's arguments and suggestions, which almost every sentence would otherwise build and drop.
    /// </summary>
    public bool WouldReportModelOnly => !HasReported && _sentence.Prose.Length > 0 && FlagsSentence;

    /// <summary>True when the model alone flags this sentence for the rule; reads no score when no label of the rule may flag alone.</summary>
    public bool FlagsSentence => ModelEvidence.MayFlagAlone(_descriptor) && Signal.FlagsSentence;

    /// <summary>
    /// True when a new reporter for <paramref name="sentence"/> would report it on the model alone: a rule
    /// with nothing of its own to report asks this before allocating a reporter at all.
    /// </summary>
    public static bool WouldReportModelOnlyFor(AnalysisContext context, Sentence sentence, RuleDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return sentence.Prose.Length > 0 && ModelEvidence.FlagsAlone(context, sentence, descriptor);
    }

    /// <summary>Reports a heuristic finding at a span of the sentence's prose.</summary>
    public void ReportAt(int proseIndex, int length, IReadOnlyList<object?>? arguments = null, IReadOnlyList<Suggestion>? suggestions = null, IReadOnlyList<Evidence>? evidence = null, double confidence = 1.0)
        => Report(_sentence.ToDocumentSpan(proseIndex, length), arguments, suggestions, evidence, confidence);

    /// <summary>Reports a heuristic finding at a span of the draft.</summary>
    public void Report(TextSpan span, IReadOnlyList<object?>? arguments = null, IReadOnlyList<Suggestion>? suggestions = null, IReadOnlyList<Evidence>? evidence = null, double confidence = 1.0)
    {
        HasReported = true;
        _context.Report(_descriptor, span, _sentence.Language, arguments, suggestions, Signal.Append(evidence), Signal.AdjustConfidence(confidence));
    }

    /// <summary>
    /// When no heuristic fired and the model alone may flag this label, reports the whole sentence
    /// with the model's probability as confidence. Returns true when it reported.
    /// </summary>
    public bool ReportModelOnly(IReadOnlyList<object?>? arguments = null, IReadOnlyList<Suggestion>? suggestions = null)
    {
        if (!WouldReportModelOnly)
        {
            return false;
        }

        _context.Report(_descriptor, _sentence.Span, _sentence.Language, arguments, suggestions, [Signal.Evidence!], Signal.Probability);
        return true;
    }
}
