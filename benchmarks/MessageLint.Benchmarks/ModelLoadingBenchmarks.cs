using BenchmarkDotNet.Attributes;
using MessageLint.Classifier.Model;

namespace MessageLint.Benchmarks;

/// <summary>What a process pays once to bring the embedded model up: unzip, ML.NET load, first prediction engine.</summary>
[MemoryDiagnoser]
public class ModelLoadingBenchmarks
{
    /// <summary>Load the embedded model and score one sentence.</summary>
    [Benchmark]
    public int LoadEmbeddedModelAndScoreOne() => EmbeddedModel.Load().ScoreOne("Скоро пришлю").Length;
}
