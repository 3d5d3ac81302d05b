using MessageLint.Audit.Metrics;

namespace MessageLint.Audit;

/// <summary>Everything the aggregator learnt from a run's outcomes: the numbers every report shows.</summary>
public sealed class AuditSummary
{
    /// <summary>Records read (this shard's, in a shard run).</summary>
    public long Read { get; init; }

    /// <summary>Messages checked.</summary>
    public long Checked { get; init; }

    /// <summary>Records skipped.</summary>
    public long Skipped { get; init; }

    /// <summary>Records that failed.</summary>
    public long Failed { get; init; }

    /// <summary>Skipped records by reason key, in key order.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> SkippedByReason { get; init; } = [];

    /// <summary>The first failures, in input order.</summary>
    public IReadOnlyList<FailureNote> Failures { get; init; } = [];

    /// <summary>Reported errors.</summary>
    public long Errors { get; init; }

    /// <summary>Reported warnings.</summary>
    public long Warnings { get; init; }

    /// <summary>Reported infos.</summary>
    public long Infos { get; init; }

    /// <summary>Findings silenced in the text.</summary>
    public long Suppressed { get; init; }

    /// <summary>Findings already in the baseline.</summary>
    public long Unchanged { get; init; }

    /// <summary>Checked messages with at least one reported finding.</summary>
    public long Flagged { get; init; }

    /// <summary>The mean score of checked messages; null when none was checked, since no messages is not a perfect score.</summary>
    public double? AverageScore { get; init; }

    /// <summary>Reported findings of principles 1–7.</summary>
    public IReadOnlyList<long> ByPrinciple { get; init; } = new long[7];

    /// <summary>Reported findings per rule, most first, then by ID.</summary>
    public IReadOnlyList<RuleTally> Rules { get; init; } = [];

    /// <summary>The trend, month by month in order; messages without a date are left out.</summary>
    public IReadOnlyList<MonthTally> Months { get; init; } = [];

    /// <summary>The worst messages: lowest score first, then most findings, then input order.</summary>
    public IReadOnlyList<MessageOutcome> Worst { get; init; } = [];

    /// <summary>Conversation metrics of two-party chats, in the order first met.</summary>
    public IReadOnlyList<ConversationTracker> Conversations { get; init; } = [];

    /// <summary>Reported findings in all.</summary>
    public long Reported => Errors + Warnings + Infos;

    /// <summary>True when read = checked + skipped + failed.</summary>
    public bool IsReconciled => Read == Checked + Skipped + Failed;
}
