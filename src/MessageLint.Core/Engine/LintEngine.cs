using System.Collections.Concurrent;
using System.Collections.Frozen;
using MessageLint.Core.Classification;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Scoring;
using MessageLint.Core.Suppression;
using MessageLint.Core.Text;

namespace MessageLint.Core.Engine;

/// <summary>
/// Runs rules over drafts. Built once from the registered rules; <see cref="Analyze"/> keeps all
/// per-call state in locals, so one engine serves any number of threads.
/// </summary>
public sealed class LintEngine
{
    /// <summary>Batches of at least this many drafts are checked on all cores.</summary>
    public const int ParallelBatchThreshold = 64;

    private const int ParallelRangeSize = 32;

    private readonly RuleEntry[] _entries;
    private readonly FrozenSet<string> _knownIds;
    private readonly ISentenceClassifier? _classifier;
    private RuleTimings? _timings;

    private sealed record RuleEntry(
        MessageRule Rule,
        FrozenSet<RuleDescriptor> Descriptors,
        Action<SentenceContext>[] SentenceActions,
        Action<DocumentContext>[] DocumentActions);

    /// <summary>Initializes every rule once and indexes its callbacks; the classifier, when given, scores sentences for the rules.</summary>
    public LintEngine(IEnumerable<MessageRule> rules, ISentenceClassifier? classifier = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _classifier = classifier;
        var entries = new List<RuleEntry>();
        var ids = new Dictionary<string, RuleDescriptor>(StringComparer.OrdinalIgnoreCase);
        foreach (var descriptor in EngineDiagnostics.All)
        {
            ids.Add(descriptor.Id, descriptor);
        }

        foreach (var rule in rules)
        {
            foreach (var descriptor in rule.SupportedDescriptors)
            {
                if (!ids.TryAdd(descriptor.Id, descriptor))
                {
                    throw new InvalidOperationException($"Rule ID {descriptor.Id} is declared twice ({rule.GetType().FullName}).");
                }
            }

            var context = new RuleContext();
            rule.Initialize(context);
            entries.Add(new RuleEntry(rule, rule.SupportedDescriptors.ToFrozenSet(), [.. context.SentenceActions], [.. context.DocumentActions]));
        }

        _entries = [.. entries];
        _knownIds = ids.Keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Descriptors = [.. ids.Values.OrderBy(d => d.Id, StringComparer.Ordinal)];
        Rules = [.. entries.Select(e => e.Rule)];
    }

    /// <summary>Every descriptor the engine can report, engine diagnostics included, by ID.</summary>
    public IReadOnlyList<RuleDescriptor> Descriptors { get; }

    /// <summary>The rules, in registration order.</summary>
    public IReadOnlyList<MessageRule> Rules { get; }

    /// <summary>The sentence classifier, or null when the engine runs on heuristics only.</summary>
    public ISentenceClassifier? Classifier => _classifier;

    /// <summary>Finds a descriptor by ID (case-insensitive).</summary>
    public RuleDescriptor? FindDescriptor(string id) => Descriptors.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Starts timing every rule and the model for the rest of the engine's life (a host asks before its
    /// first check), and returns where the times collect; asking again returns the same collection.
    /// Untimed engines pay nothing. <paramref name="clock"/> defaults to the system's.
    /// </summary>
    public RuleTimings MeasureTimings(TimeProvider? clock = null)
    {
        if (Volatile.Read(ref _timings) is { } existing)
        {
            return existing;
        }

        var names = _entries.Select(e => string.Join(",", e.Descriptors.Select(d => d.Id).Order(StringComparer.Ordinal)));
        Interlocked.CompareExchange(ref _timings, new RuleTimings(names, clock ?? TimeProvider.System), null);
        return _timings!;
    }

    /// <summary>
    /// Checks one draft, giving up with <see cref="OperationCanceledException"/> once the token is set: an
    /// editor that sent a newer text has no use for the rest of this check.
    /// </summary>
    public MessageReport Analyze(MessageDocument document, LintSettings? settings = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        settings ??= LintSettings.Default;
        cancellationToken.ThrowIfCancellationRequested();
        var scores = ScoreSentences([document], settings);
        return AnalyzeScored(document, settings, scores, 0, cancellationToken);
    }

    /// <summary>
    /// Checks many drafts, scoring all their sentences with the classifier in one batch — the bulk
    /// path for archives, where one model call per sentence would dominate the cost.
    /// </summary>
    /// <param name="documents">The drafts.</param>
    /// <param name="settings">The settings, or the defaults.</param>
    /// <param name="parallel">
    /// Check the drafts of a large batch on every core. A caller that already runs one batch per core (the audit
    /// pipeline) passes false: a parallel loop inside each batch only oversubscribes the cores and makes threads
    /// spin at its end waiting for each other (about 5% of an audit's CPU, fourteenth session).
    /// </param>
    public IReadOnlyList<MessageReport> AnalyzeBatch(IReadOnlyList<MessageDocument> documents, LintSettings? settings = null, bool parallel = true)
    {
        ArgumentNullException.ThrowIfNull(documents);
        settings ??= LintSettings.Default;
        var scores = ScoreSentences(documents, settings);
        var reports = new MessageReport[documents.Count];
        var offsets = new int[documents.Count];
        var offset = 0;
        for (var i = 0; i < documents.Count; i++)
        {
            offsets[i] = offset;
            offset += documents[i].Sentences.Count;
        }

        if (!parallel || documents.Count < ParallelBatchThreshold || Environment.ProcessorCount == 1)
        {
            for (var i = 0; i < documents.Count; i++)
            {
                reports[i] = AnalyzeScored(documents[i], settings, scores, offsets[i], CancellationToken.None);
            }
        }
        else
        {
            // Rules are stateless between calls, so drafts are checked on every core; each report
            // lands in its own slot, which keeps the output order independent of scheduling.
            Parallel.ForEach(Partitioner.Create(0, documents.Count, ParallelRangeSize), range =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    reports[i] = AnalyzeScored(documents[i], settings, scores, offsets[i], CancellationToken.None);
                }
            });
        }

        return reports;
    }

    /// <summary>
    /// The scores of every sentence of the documents in order, from one classifier call, or null when no
    /// model is used. The classifier may work a sentence out only when a rule first reads it.
    /// </summary>
    private IReadOnlyList<SentenceScores>? ScoreSentences(IReadOnlyList<MessageDocument> documents, LintSettings settings)
    {
        if (_classifier is null || !settings.UseClassifier)
        {
            return null;
        }

        var texts = new List<string>();
        var paragraphs = new List<string>();
        foreach (var document in documents)
        {
            foreach (var sentence in document.Sentences)
            {
                texts.Add(sentence.Prose);
            }

            paragraphs.AddRange(ParagraphTexts.Of(document));
        }

        if (texts.Count == 0)
        {
            return [];
        }

        var timings = _timings;
        var start = timings?.Now() ?? 0;
        var scores = _classifier.Score(texts, paragraphs);
        if (scores.Count != texts.Count)
        {
            throw new InvalidOperationException($"The classifier returned {scores.Count} scores for {texts.Count} sentences.");
        }

        if (timings is null)
        {
            return scores;
        }

        // The batch call is model time; so is each read, since a classifier may score a sentence when first read.
        timings.AddModel(start, 0);
        return new TimedSentenceScores(scores, timings);
    }

    private MessageReport AnalyzeScored(MessageDocument document, LintSettings settings, IReadOnlyList<SentenceScores>? scores, int scoreOffset, CancellationToken cancellationToken)
    {
        var collector = new DiagnosticCollector();
        var timings = _timings;
        for (var index = 0; index < _entries.Length; index++)
        {
            var entry = _entries[index];
            if (!IsAnyEnabled(entry.Descriptors, settings))
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var mark = collector.Items.Count;
            var start = timings?.Now() ?? 0;
            var modelTicks = TimedSentenceScores.ReadTicks;
            try
            {
                RunEntry(entry, document, settings, collector, scores, scoreOffset, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Findings a failing rule made before it threw are not trusted.
                collector.Items.RemoveRange(mark, collector.Items.Count - mark);
                var span = new TextSpan(0, 0);
                collector.Add(new Diagnostic
                {
                    Descriptor = EngineDiagnostics.RuleFailed,
                    Span = span,
                    Location = document.Lines.GetPositionSpan(span),
                    Path = document.Path,
                    Arguments = [string.Join(",", entry.Descriptors.Select(d => d.Id).Order(StringComparer.Ordinal)), ex.Message],
                    Severity = Severity.Error,
                });
            }

            timings?.AddRule(index, start, TimedSentenceScores.ReadTicks - modelTicks);
        }

        var diagnostics = SuppressionEvaluator.Apply(document, collector.Items, settings, _knownIds);
        if (settings.MessageLanguage is { } forced)
        {
            diagnostics = [.. diagnostics.Select(d => d with { Language = forced })];
        }

        diagnostics.Sort(static (a, b) =>
        {
            var byStart = a.Span.Start.CompareTo(b.Span.Start);
            return byStart != 0 ? byStart : string.CompareOrdinal(a.Id, b.Id);
        });
        return new MessageReport(document, diagnostics, ScoreCalculator.Calculate(diagnostics));
    }

    /// <summary>True when the settings leave any of a rule's diagnostics on; a loop, not LINQ, as it runs for every rule and draft.</summary>
    private static bool IsAnyEnabled(FrozenSet<RuleDescriptor> descriptors, LintSettings settings)
    {
        foreach (var descriptor in descriptors)
        {
            if (settings.GetSeverity(descriptor) != Severity.None)
            {
                return true;
            }
        }

        return false;
    }

    private static void RunEntry(RuleEntry entry, MessageDocument document, LintSettings settings, DiagnosticCollector collector, IReadOnlyList<SentenceScores>? scores, int scoreOffset, CancellationToken cancellationToken)
    {
        var scoreView = new SentenceScoreView(scores, scoreOffset);
        if (entry.SentenceActions.Length > 0)
        {
            var sentences = document.Sentences;
            for (var i = 0; i < sentences.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var sentence = sentences[i];
                if (sentence.Language == MessageLanguage.Other)
                {
                    continue;
                }

                var context = new SentenceContext(document, sentence, settings, collector, entry.Descriptors, scoreView, cancellationToken);
                foreach (var action in entry.SentenceActions)
                {
                    action(context);
                }
            }
        }

        if (entry.DocumentActions.Length > 0)
        {
            var context = new DocumentContext(document, settings, collector, entry.Descriptors, scoreView, cancellationToken);
            foreach (var action in entry.DocumentActions)
            {
                action(context);
            }
        }
    }
}
