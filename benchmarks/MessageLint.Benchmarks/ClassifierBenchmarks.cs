using System.Text;
using BenchmarkDotNet.Attributes;
using MessageLint.Classifier;
using MessageLint.Core.Classification;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;
using MessageLint.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace MessageLint.Benchmarks;

/// <summary>
/// The engine with and without the sentence model: one message (latency, allocations), 10,000
/// distinct short messages through AnalyzeBatch (messages/s; MB/s = archive MB ÷ time), and what
/// loading the embedded model costs.
/// </summary>
[MemoryDiagnoser]
public class ClassifierBenchmarks
{
    private LintEngine _engine = null!;
    private LintSettings _settings = null!;
    private string _one = null!;
    private string[] _archive = null!;

    /// <summary>True runs the model; false is heuristics only (--no-ml).</summary>
    [Params(false, true)]
    public bool UseModel { get; set; }

    /// <summary>Builds the engine and loads the model before measuring, as a long-running process would.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _engine = new ServiceCollection()
            .AddSingleton<ISentenceClassifier>(SentenceClassifier.Embedded)
            .AddBuiltInRules()
            .BuildServiceProvider()
            .GetRequiredService<LintEngine>();
        _settings = new LintSettings(useClassifier: UseModel);
        _one = SampleMessages.One;
        _archive = SampleMessages.Many(10_000);
        SentenceClassifier.Embedded.Score(["warm-up"]);
        Console.WriteLine($"// archive: {_archive.Length} messages, {_archive.Sum(m => Encoding.UTF8.GetByteCount(m)) / 1024.0 / 1024.0:0.000} MB UTF-8");
    }

    /// <summary>Parse and check one short message.</summary>
    [Benchmark]
    public int OneMessage() => _engine.Analyze(MessageDocument.Parse(_one), _settings).Diagnostics.Count;

    /// <summary>Parse 10,000 messages and check them with one AnalyzeBatch call (one model call for all sentences).</summary>
    [Benchmark(OperationsPerInvoke = 10_000)]
    public int TenThousandMessagesBatch()
    {
        var documents = new MessageDocument[_archive.Length];
        for (var i = 0; i < documents.Length; i++)
        {
            documents[i] = MessageDocument.Parse(_archive[i]);
        }

        return _engine.AnalyzeBatch(documents, _settings).Sum(r => r.Diagnostics.Count);
    }
}
