namespace MessageLint.Audit;

/// <summary>What a pipeline run saw beyond its outcomes.</summary>
/// <param name="OtherShards">Records that belong to other shards (read but not this run's to account for).</param>
/// <param name="Interrupted">True when the run was stopped before the input ended.</param>
/// <param name="Census">What the whole input held, other shards included: the authors and chats met and which author filters matched.</param>
public sealed record AuditRunStats(long OtherShards, bool Interrupted, InputCensus Census);
