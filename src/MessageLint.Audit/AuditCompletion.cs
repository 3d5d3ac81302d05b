using MessageLint.Audit.Baseline;

namespace MessageLint.Audit;

/// <summary>How a run ended, beyond its summary: interrupted or not, records of other shards, baseline results no longer found.</summary>
/// <param name="Interrupted">True when the run stopped before the end of the input.</param>
/// <param name="OtherShards">Records that belong to other shards.</param>
/// <param name="Absent">Baseline results not found any more.</param>
public sealed record AuditCompletion(bool Interrupted, long OtherShards, IReadOnlyList<BaselineEntry> Absent);
