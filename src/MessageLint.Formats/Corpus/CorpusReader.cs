using System.Text.Json;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Evaluation;
using MessageLint.Core.Text;

namespace MessageLint.Formats.Corpus;

/// <summary>
/// Reads labelled corpora in the JSONL shape of rules/corpus (id, lang, text, labels, optional
/// profile, hard_negative and group): a file, or every .jsonl file of a folder in name order. A line that
/// is not a valid item is reported with its line number, never skipped silently.
/// </summary>
public static class CorpusReader
{
    /// <summary>Reads a file or folder.</summary>
    public static CorpusReadResult Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var items = new List<LabelledMessage>();
        var problems = new List<RunProblem>();
        IEnumerable<string> files;
        if (Directory.Exists(path))
        {
            files = Directory.EnumerateFiles(path, "*.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        }
        else if (File.Exists(path))
        {
            files = [path];
        }
        else
        {
            return new CorpusReadResult([], [new RunProblem(EngineDiagnostics.UnreadableInput, path, "corpus not found")]);
        }

        foreach (var file in files)
        {
            ReadFile(file, items, problems);
        }

        return new CorpusReadResult(items, problems);
    }

    private static void ReadFile(string file, List<LabelledMessage> items, List<RunProblem> problems)
    {
        var lineNumber = 0;
        foreach (var line in File.ReadLines(file))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var id = root.GetProperty("id").GetString() ?? throw new FormatException("'id' is null");
                var text = root.GetProperty("text").GetString() ?? throw new FormatException("'text' is null");
                var language = root.TryGetProperty("lang", out var lang) ? lang.GetString() ?? "other" : "other";
                var labels = root.GetProperty("labels").EnumerateArray().Select(l => l.GetString() ?? string.Empty).ToArray();
                var profile = root.TryGetProperty("profile", out var p) ? p.GetString() : null;
                var hardNegative = root.TryGetProperty("hard_negative", out var h) && h.ValueKind == JsonValueKind.True;
                var group = root.TryGetProperty("group", out var g) ? g.GetString() : null;
                items.Add(new LabelledMessage(id, language, text, labels, profile, hardNegative, group));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                problems.Add(new RunProblem(EngineDiagnostics.UnsupportedInput, file, $"not a corpus item: {ex.Message}", new LinePosition(lineNumber - 1, 0)));
            }
        }
    }
}
