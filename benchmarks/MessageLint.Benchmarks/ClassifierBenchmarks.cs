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
/// The engine with and without the sentence model: one message (latency, allocations), and the
/// batch path on 5,000 different short chat drafts from the team corpus — parsed on all cores and
/// checked with one AnalyzeBatch call, as the audit pipeline does (messages/s = 5,000 ÷ time per
/// invocation; MB/s = archive MB ÷ time). The engine reads a sentence's scores only as evidence for
/// a finding and the classifier scores a sentence when first read, so the batch path runs the model on
/// few sentences; <see cref="ModelOnEverySentence"/> measures the model alone, reading every score.
/// </summary>
[MemoryDiagnoser]
public class ClassifierBenchmarks
{
    private LintEngine _engine = null!;
    private LintSettings _settings = null!;
    private string _one = null!;
    private string[] _archive = null!;
    private string[] _sentences = null!;
    private string[] _paragraphs = null!;

    /// <summary>Drafts in the batch benchmark.</summary>
    public const int BatchSize = 5_000;

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
        _archive = SampleMessages.DistinctChat(BatchSize);
        var documents = _archive.Select(text => MessageDocument.Parse(text)).ToList();
        _sentences = [.. documents.SelectMany(document => document.Sentences.Select(sentence => sentence.Prose))];
        _paragraphs = [.. documents.SelectMany(ParagraphTexts.Of)];
        SentenceClassifier.Embedded.Score(["warm-up"]);
        Console.WriteLine($"// archive: {_archive.Length} messages, {_archive.Sum(m => Encoding.UTF8.GetByteCount(m)) / 1024.0 / 1024.0:0.000} MB UTF-8");
    }

    /// <summary>Parse and check one short message.</summary>
    [Benchmark]
    public int OneMessage() => _engine.Analyze(MessageDocument.Parse(_one), _settings).Diagnostics.Count;

    /// <summary>Parse 5,000 different drafts on all cores and check them with one AnalyzeBatch call (one model call for all sentences).</summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int DistinctDraftsBatch()
    {
        var documents = new MessageDocument[_archive.Length];
        Parallel.For(0, documents.Length, i => documents[i] = MessageDocument.Parse(_archive[i]));
        return _engine.AnalyzeBatch(documents, _settings).Sum(r => r.Diagnostics.Count);
    }

    /// <summary>The model alone on every sentence of the 5,000 drafts, each read in its paragraph as the engine reads it: one batch call, every score read on all cores (per draft).</summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public float ModelOnEverySentence()
    {
        if (!UseModel)
        {
            return 0;
        }

        var scores = SentenceClassifier.Embedded.Score(_sentences, _paragraphs);
        var read = new float[scores.Count];
        Parallel.For(0, scores.Count, i => read[i] = scores[i].Get("complaint-about-client") ?? 0);
        return read.Sum();
    }
}
