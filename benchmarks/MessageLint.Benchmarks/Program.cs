using BenchmarkDotNet.Running;

namespace MessageLint.Benchmarks;

/// <summary>Entry point: `dotnet run -c Release --project benchmarks/MessageLint.Benchmarks -- --filter '*'`.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
