using BenchmarkDotNet.Attributes;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;
using MessageLint.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace MessageLint.Benchmarks;

/// <summary>The engine with the built-in rules on one message, one long post and a 10,000-message archive.</summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private LintEngine _engine = null!;
    private string _one = null!;
    private string _post = null!;
    private string[] _archive = null!;

    /// <summary>Builds the engine once, as the CLI does.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _engine = new ServiceCollection().AddBuiltInRules().BuildServiceProvider().GetRequiredService<LintEngine>();
        _one = SampleMessages.One;
        _post = SampleMessages.LongPost;
        _archive = SampleMessages.Many(10_000);
    }

    /// <summary>Parse and check one short message.</summary>
    [Benchmark(Baseline = true)]
    public int OneMessage() => _engine.Analyze(MessageDocument.Parse(_one)).Diagnostics.Count;

    /// <summary>Parse and check a two-page Markdown post.</summary>
    [Benchmark]
    public int LongPost() => _engine.Analyze(MessageDocument.Parse(_post, DocumentFormat.Markdown)).Diagnostics.Count;

    /// <summary>Parse and check 10,000 messages on one thread.</summary>
    [Benchmark(OperationsPerInvoke = 10_000)]
    public int TenThousandMessages()
    {
        var total = 0;
        foreach (var message in _archive)
        {
            total += _engine.Analyze(MessageDocument.Parse(message)).Diagnostics.Count;
        }

        return total;
    }
}
