using BenchmarkDotNet.Running;

namespace MessageLint.Benchmarks;

/// <summary>
/// Entry point: `dotnet run -c Release --project benchmarks/MessageLint.Benchmarks -- --filter '*'`
/// runs the suites; `generate-export N FILE` and `generate-text N FILE` write the synthetic archive
/// the side-by-side runs in benchmarks/peers use.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 3 && args[0] is "generate-export" or "generate-text" && int.TryParse(args[1], out var count))
        {
            using var output = File.Create(args[2]);
            if (args[0] == "generate-export")
            {
                TelegramExportGenerator.Write(output, count);
                Console.WriteLine($"{count} records → {args[2]}");
            }
            else
            {
                var written = TelegramExportGenerator.WriteText(output, count);
                Console.WriteLine($"{written} posts with text → {args[2]}");
            }

            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
