using BenchmarkDotNet.Running;

namespace MessageLint.Benchmarks;

/// <summary>
/// Entry point: `dotnet run -c Release --project benchmarks/MessageLint.Benchmarks -- --filter '*'`
/// runs the suites; `generate-export N FILE [corpus|templates]` and `generate-text N FILE [corpus|templates]`
/// write the synthetic archive the side-by-side runs in benchmarks/peers use (posts from the labelled
/// corpora by default; see <see cref="PostPool"/>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length is 3 or 4 && args[0] is "generate-export" or "generate-text" && int.TryParse(args[1], out var count))
        {
            var pool = PostPool.Named(args.Length == 4 ? args[3] : "corpus");
            using var output = File.Create(args[2]);
            if (args[0] == "generate-export")
            {
                TelegramExportGenerator.Write(output, count, pool);
                Console.WriteLine($"{count} records ({pool.Name} posts) → {args[2]}");
            }
            else
            {
                var written = TelegramExportGenerator.WriteText(output, count, pool);
                Console.WriteLine($"{written} posts with text ({pool.Name} posts) → {args[2]}");
            }

            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
