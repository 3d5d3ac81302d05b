using MessageLint.Fuzzing.Harnesses;
using SharpFuzz;

// Under afl-fuzz: `MessageLint.Fuzzing <harness>` serves inputs from AFL++ on standard input.
// Outside it: `MessageLint.Fuzzing <harness> FILE...` replays saved inputs, e.g. a crash from findings/.
if (args.Length == 0 || FuzzHarnesses.Find(args[0]) is not { } harness)
{
    Console.Error.WriteLine($"usage: MessageLint.Fuzzing <{string.Join('|', FuzzHarnesses.All.Select(h => h.Name))}> [FILE...]");
    return 2;
}

if (args.Length > 1)
{
    foreach (var path in args.Skip(1))
    {
        harness.Run(File.ReadAllBytes(path));
        Console.WriteLine($"{path}: ok");
    }

    return 0;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    harness.Run(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
});
return 0;
