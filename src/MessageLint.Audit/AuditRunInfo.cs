using MessageLint.Audit.Metrics;
using MessageLint.Core.Diagnostics;

namespace MessageLint.Audit;

/// <summary>What a run audited and with which settings: the header every report starts with.</summary>
public sealed record AuditRunInfo
{
    /// <summary>The input as the user named it.</summary>
    public required string Source { get; init; }

    /// <summary>The input format: telegram, jsonl, csv or files.</summary>
    public required string InputFormat { get; init; }

    /// <summary>The profile the messages were checked with.</summary>
    public required string Profile { get; init; }

    /// <summary>The lowest severity that fails the run.</summary>
    public Severity FailOn { get; init; } = Severity.Warning;

    /// <summary>The names given with --author.</summary>
    public IReadOnlyList<string> OwnNames { get; init; } = [];

    /// <summary>The IDs given with --from-id.</summary>
    public IReadOnlyList<string> OwnIds { get; init; } = [];

    /// <summary>The shard this run checked, or null.</summary>
    public ShardSpec? Shard { get; init; }

    /// <summary>The baseline file, or null.</summary>
    public string? BaselinePath { get; init; }

    /// <summary>The working hours conversation metrics measure against.</summary>
    public WorkingHours Hours { get; init; } = WorkingHours.Default;

    /// <summary>How many of the worst messages the reports show.</summary>
    public int Top { get; init; } = 20;

    /// <summary>Every rule the engine knows, for SARIF metadata and titles.</summary>
    public IReadOnlyList<RuleDescriptor> Descriptors { get; init; } = [];
}
