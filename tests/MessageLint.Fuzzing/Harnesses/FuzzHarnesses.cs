using MessageLint.Core.Text;
using MessageLint.Formats.Archive;

namespace MessageLint.Fuzzing.Harnesses;

/// <summary>Every harness by name; the corpus replay test and the command line share this list.</summary>
public static class FuzzHarnesses
{
    /// <summary>All harnesses.</summary>
    public static IReadOnlyList<IFuzzHarness> All { get; } =
    [
        new DraftHarness("markdown", DocumentFormat.Markdown),
        new DraftHarness("plain-text", DocumentFormat.PlainText),
        new ConfigurationHarness(),
        new DraftReaderHarness(),
        new ArchiveHarness("telegram", stream => new TelegramExportReader(stream, "result.json", stream.Length)),
        new ArchiveHarness("jsonl", stream => new JsonlArchiveReader(stream, "messages.jsonl", length: stream.Length, maxLineBytes: 64 * 1024)),
        new ArchiveHarness("csv", stream => new CsvArchiveReader(stream, "messages.csv", length: stream.Length)),
    ];

    /// <summary>The harness with the given name, or null.</summary>
    public static IFuzzHarness? Find(string name) => All.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase));
}
