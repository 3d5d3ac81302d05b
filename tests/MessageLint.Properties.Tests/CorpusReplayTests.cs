using MessageLint.Fuzzing.Harnesses;

namespace MessageLint.Properties.Tests;

/// <summary>
/// Replays every saved fuzzing input — seeds and the crashes fuzzing found, kept as regressions —
/// through its harness in-process, so CI runs the corpus on every build without AFL++.
/// </summary>
public sealed class CorpusReplayTests
{
    private static readonly string CorpusRoot = Path.Combine(AppContext.BaseDirectory, "corpus");

    public static TheoryData<string> Harnesses => [.. FuzzHarnesses.All.Select(h => h.Name)];

    [Theory]
    [MemberData(nameof(Harnesses))]
    public void Every_saved_input_of_a_harness_runs_without_an_exception(string name)
    {
        var harness = FuzzHarnesses.Find(name)!;
        var files = Directory.GetFiles(Path.Combine(CorpusRoot, name));
        Assert.NotEmpty(files);
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var exception = Record.Exception(() => harness.Run(File.ReadAllBytes(file)));
            Assert.True(exception is null, $"{Path.GetFileName(file)}: {exception}");
        }
    }

    [Fact]
    public void Every_harness_has_a_corpus_and_every_corpus_a_harness()
        => Assert.Equal(
            FuzzHarnesses.All.Select(h => h.Name).Order(StringComparer.Ordinal),
            Directory.GetDirectories(CorpusRoot).Select(Path.GetFileName).Order(StringComparer.Ordinal));
}
