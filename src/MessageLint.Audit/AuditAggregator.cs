using System.Globalization;
using MessageLint.Audit.Metrics;
using MessageLint.Core.Diagnostics;
using MessageLint.Formats.Archive;

namespace MessageLint.Audit;

/// <summary>
/// Folds outcomes, in input order, into the run's numbers with fixed memory: counts, per-rule and
/// per-month tallies, the worst few messages and conversation metrics. The same outcomes in the
/// same order always give the same summary, which is what lets merged shards equal a single run.
/// </summary>
public sealed class AuditAggregator : IAuditSink
{
    private const int MaxFailures = 200;

    private readonly Dictionary<string, RuleDescriptor> _descriptors;
    private readonly int _top;
    private readonly WorkingHours _hours;
    private readonly SortedDictionary<string, long> _skipped = new(StringComparer.Ordinal);
    private readonly List<FailureNote> _failures = [];
    private readonly Dictionary<string, long> _rules = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, MonthTally> _months = new(StringComparer.Ordinal);
    private readonly SortedSet<MessageOutcome> _worst = new(WorstFirst.Instance);
    private readonly Dictionary<string, ConversationTracker> _conversations = new(StringComparer.Ordinal);
    private readonly List<ConversationTracker> _conversationOrder = [];
    private readonly long[] _byPrinciple = new long[7];
    private long _read;
    private long _checked;
    private long _skippedCount;
    private long _failed;
    private long _errors;
    private long _warnings;
    private long _infos;
    private long _suppressed;
    private long _unchanged;
    private long _flagged;
    private long _scoreSum;

    /// <summary>Creates an aggregator that keeps the <paramref name="top"/> worst messages.</summary>
    public AuditAggregator(IEnumerable<RuleDescriptor> descriptors, int top = 20, WorkingHours? hours = null)
    {
        ArgumentNullException.ThrowIfNull(descriptors);
        _descriptors = descriptors.GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _top = Math.Max(0, top);
        _hours = hours ?? WorkingHours.Default;
    }

    /// <inheritdoc />
    public void Add(MessageOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        _read++;
        switch (outcome.Status)
        {
            case OutcomeStatus.Checked:
                AddChecked(outcome);
                break;
            case OutcomeStatus.Skipped:
                _skippedCount++;
                var reason = outcome.Reason ?? "unknown";
                _skipped[reason] = _skipped.GetValueOrDefault(reason) + 1;
                break;
            default:
                _failed++;
                if (_failures.Count < MaxFailures)
                {
                    _failures.Add(new FailureNote(outcome.Location, outcome.Reason ?? "unreadable"));
                }

                break;
        }

        // A chat left out with --chat is counted, not measured.
        if (outcome.Role != MessageRole.Unknown && (outcome.Chat is null || outcome.Chat.IsTwoParty) && outcome.Status != OutcomeStatus.Failed
            && outcome.Reason != SkipReasons.OtherChat)
        {
            var key = outcome.Chat?.Id ?? string.Empty;
            if (!_conversations.TryGetValue(key, out var tracker))
            {
                tracker = new ConversationTracker(outcome.Chat, _hours);
                _conversations.Add(key, tracker);
                _conversationOrder.Add(tracker);
            }

            tracker.Add(outcome);
        }
    }

    /// <summary>The summary of everything added so far.</summary>
    public AuditSummary Complete()
    {
        var summary = new AuditSummary
        {
            Read = _read,
            Checked = _checked,
            Skipped = _skippedCount,
            Failed = _failed,
            SkippedByReason = [.. _skipped],
            Failures = [.. _failures],
            Errors = _errors,
            Warnings = _warnings,
            Infos = _infos,
            Suppressed = _suppressed,
            Unchanged = _unchanged,
            Flagged = _flagged,
            AverageScore = _checked == 0 ? null : Math.Round((double)_scoreSum / _checked, 1),
            ByPrinciple = [.. _byPrinciple],
            Rules = [.. _rules
                .Select(r => _descriptors.TryGetValue(r.Key, out var d)
                    ? new RuleTally(r.Key, d.Title.English, d.Principle, d.HelpUri, r.Value)
                    : new RuleTally(r.Key, r.Key, PrincipleOf(r.Key), null, r.Value))
                .OrderByDescending(r => r.Count)
                .ThenBy(r => r.RuleId, StringComparer.Ordinal)],
            Months = [.. _months.Values],
            Worst = [.. _worst],
            Conversations = [.. _conversationOrder],
        };
        if (!summary.IsReconciled)
        {
            throw new InvalidOperationException($"Accounting does not add up: read {summary.Read} ≠ checked {summary.Checked} + skipped {summary.Skipped} + failed {summary.Failed}.");
        }

        return summary;
    }

    private void AddChecked(MessageOutcome outcome)
    {
        _checked++;
        _scoreSum += outcome.Score ?? 100;
        var reported = 0;
        MonthTally? month = null;
        if (outcome.LocalDate is { } date)
        {
            var key = date.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            if (!_months.TryGetValue(key, out month))
            {
                month = new MonthTally(key);
                _months.Add(key, month);
            }

            month.Checked++;
        }

        foreach (var finding in outcome.Findings)
        {
            if (finding.IsSuppressed)
            {
                _suppressed++;
                continue;
            }

            if (finding.Severity <= Severity.Hidden)
            {
                continue;
            }

            if (finding.BaselineState == Baseline.BaselineState.Unchanged)
            {
                _unchanged++;
                continue;
            }

            reported++;
            switch (finding.Severity)
            {
                case Severity.Error:
                    _errors++;
                    break;
                case Severity.Warning:
                    _warnings++;
                    break;
                default:
                    _infos++;
                    break;
            }

            _rules[finding.RuleId] = _rules.GetValueOrDefault(finding.RuleId) + 1;
            var principle = (int)finding.Principle;
            if (principle is >= 1 and <= 7)
            {
                _byPrinciple[principle - 1]++;
                if (month is not null)
                {
                    month.ByPrinciple[principle - 1]++;
                }
            }

            if (month is not null)
            {
                month.Findings++;
            }
        }

        if (reported == 0)
        {
            return;
        }

        _flagged++;
        if (month is not null)
        {
            month.Flagged++;
        }

        if (_top > 0)
        {
            _worst.Add(outcome);
            if (_worst.Count > _top)
            {
                _worst.Remove(_worst.Max!);
            }
        }
    }

    private static Principle PrincipleOf(string ruleId)
        => ruleId.Length > 2 && char.IsAsciiDigit(ruleId[2]) ? (Principle)(ruleId[2] - '0') : Principle.Engine;

    /// <summary>Lowest score first, then most reported findings, then input order.</summary>
    private sealed class WorstFirst : IComparer<MessageOutcome>
    {
        public static WorstFirst Instance { get; } = new();

        public int Compare(MessageOutcome? x, MessageOutcome? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null || y is null)
            {
                return x is null ? -1 : 1;
            }

            var byScore = (x.Score ?? 100).CompareTo(y.Score ?? 100);
            if (byScore != 0)
            {
                return byScore;
            }

            var byCount = y.ReportedCount.CompareTo(x.ReportedCount);
            return byCount != 0 ? byCount : x.Sequence.CompareTo(y.Sequence);
        }
    }
}
