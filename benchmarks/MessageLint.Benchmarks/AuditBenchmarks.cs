using BenchmarkDotNet.Attributes;
using MessageLint.Audit;
using MessageLint.Core.Engine;
using MessageLint.Formats.Archive;
using MessageLint.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace MessageLint.Benchmarks;

/// <summary>The audit pipeline end to end in memory: stream a generated Telegram export, check it on all cores, aggregate.</summary>
[MemoryDiagnoser]
public class AuditBenchmarks
{
    private LintEngine _engine = null!;
    private byte[] _export = null!;

    /// <summary>Messages in the generated export.</summary>
    [Params(1_000, 10_000)]
    public int Messages { get; set; }

    /// <summary>Builds the engine and the export once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _engine = new ServiceCollection().AddBuiltInRules().BuildServiceProvider().GetRequiredService<LintEngine>();
        using var buffer = new MemoryStream();
        TelegramExportGenerator.Write(buffer, Messages, PostPool.Corpus);
        _export = buffer.ToArray();
    }

    /// <summary>Reads, checks and aggregates the whole export.</summary>
    [Benchmark]
    public long Audit()
    {
        using var reader = new TelegramExportReader(new MemoryStream(_export), "bench.json");
        var aggregator = new AuditAggregator(_engine.Descriptors);
        new AuditPipeline(_engine, LintSettings.Default, new AuditOptions()).Run(reader, aggregator);
        return aggregator.Complete().Reported;
    }
}
