using MessageLint.Audit.Reports;
using MessageLint.Core.Engine;
using MessageLint.Formats.Archive;
using MessageLint.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace MessageLint.Audit.Tests.Support;

/// <summary>Runs the pipeline in this process, with the built-in rules, into an aggregator and optional report writers.</summary>
public static class AuditHarness
{
    private static readonly Lazy<LintEngine> SharedEngine = new(() => new ServiceCollection().AddBuiltInRules().BuildServiceProvider().GetRequiredService<LintEngine>());

    public static LintEngine Engine => SharedEngine.Value;

    public static (AuditSummary Summary, AuditRunStats Stats) Run(
        IArchiveReader reader,
        AuditOptions? options = null,
        IReadOnlyList<IAuditReportWriter>? writers = null,
        LintSettings? settings = null,
        CancellationToken cancellationToken = default)
    {
        var run = new AuditRunInfo
        {
            Source = reader.Source,
            InputFormat = "test",
            Profile = (settings ?? LintSettings.Default).Profile,
            Descriptors = Engine.Descriptors,
            Shard = options?.Shard,
        };
        using var reports = new AuditReportSet(run, writers ?? []);
        var pipeline = new AuditPipeline(Engine, settings ?? LintSettings.Default, options ?? new AuditOptions());
        var stats = pipeline.Run(reader, reports, null, cancellationToken);
        var summary = reports.Complete(new AuditCompletion(stats.Interrupted, stats.OtherShards, []));
        return (summary, stats);
    }
}
