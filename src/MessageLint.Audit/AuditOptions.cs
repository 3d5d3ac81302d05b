namespace MessageLint.Audit;

/// <summary>How the pipeline runs: batch size, parallelism, which shard, and whose messages to check.</summary>
public sealed record AuditOptions
{
    /// <summary>Messages per engine call; the classifier scores a whole batch's sentences at once.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>How many batches are checked at once; all cores by default.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The shard this run checks, or null for the whole archive.</summary>
    public ShardSpec? Shard { get; init; }

    /// <summary>Who "I" am; null checks every message as one's own.</summary>
    public AuthorFilter? Own { get; init; }

    /// <summary>The longest message checked, in characters; longer ones are skipped as too large.</summary>
    public int MaxTextChars { get; init; } = 1_000_000;
}
