using System.Text.Json;
using System.Text.Unicode;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Evaluation;
using MessageLint.Core.Text;

namespace MessageLint.Formats.Corpus;

/// <summary>
/// Reads labelled corpora in the JSONL shape of rules/corpus: <c>text</c> and <c>labels</c> (an array of
/// label names, empty for a clean message) on every line, and optionally <c>id</c> (else file:line),
/// <c>lang</c> (else told from the text), <c>profile</c>, <c>hard_negative</c> and <c>group</c>; a file, or
/// every .jsonl file of a folder in name order. A line that is not a valid item — broken JSON, invalid
/// UTF-8, a missing or mistyped field, a label that is not one of the known ones (a misspelt label
/// would silently turn a true positive into a false one) — is reported with its line number and what
/// is wrong, never skipped silently and never read with replaced characters.
/// </summary>
public static class CorpusReader
{
    /// <summary>Reads a file or folder; with <paramref name="knownLabels"/>, a line with any other label is a problem.</summary>
    public static CorpusReadResult Read(string path, IReadOnlyCollection<string>? knownLabels = null)
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
            ReadFile(file, items, problems, knownLabels);
        }

        return new CorpusReadResult(items, problems);
    }

    private static void ReadFile(string file, List<LabelledMessage> items, List<RunProblem> problems, IReadOnlyCollection<string>? knownLabels)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new RunProblem(EngineDiagnostics.UnreadableInput, file, $"cannot be read: {ex.Message}"));
            return;
        }

        ReadOnlySpan<byte> rest = bytes;
        if (rest.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            rest = rest[3..];
        }

        var lineNumber = 0;
        while (!rest.IsEmpty)
        {
            var newline = rest.IndexOf((byte)'\n');
            var line = newline < 0 ? rest : rest[..newline];
            rest = newline < 0 ? [] : rest[(newline + 1)..];
            lineNumber++;
            if (line.IndexOfAnyExcept(" \t\r"u8) < 0)
            {
                continue;
            }

            LabelledMessage? item = null;
            var error = Utf8.IsValid(line) ? TryParseItem(line, file, lineNumber, knownLabels, out item) : "not valid UTF-8; save the file as UTF-8";
            if (item is not null)
            {
                items.Add(item);
            }
            else
            {
                problems.Add(new RunProblem(EngineDiagnostics.UnsupportedInput, file, $"not a corpus item: {error}", new LinePosition(lineNumber - 1, 0)));
            }
        }
    }

    /// <summary>Reads one line's item; returns what is wrong with it, or null when <paramref name="item"/> is set.</summary>
    private static string? TryParseItem(ReadOnlySpan<byte> line, string file, int lineNumber, IReadOnlyCollection<string>? knownLabels, out LabelledMessage? item)
    {
        item = null;
        JsonDocument json;
        try
        {
            // Parse, unlike ParseValue, also refuses anything after the value ("{…} {…}").
            json = JsonDocument.Parse(line.ToArray());
        }
        catch (JsonException ex)
        {
            var message = ex.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            return $"invalid JSON: {(cut > 0 ? message[..cut] : message)}";
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return "the line is not a JSON object";
            }

            if (!root.TryGetProperty("text", out var textValue) || textValue.ValueKind != JsonValueKind.String)
            {
                return "\"text\" is missing or not a string";
            }

            if (!root.TryGetProperty("labels", out var labelsValue) || labelsValue.ValueKind != JsonValueKind.Array
                || labelsValue.EnumerateArray().Any(l => l.ValueKind != JsonValueKind.String))
            {
                return "\"labels\" is missing or not an array of label names ([] for a clean message)";
            }

            foreach (var name in (ReadOnlySpan<string>)["id", "lang", "profile", "group"])
            {
                if (root.TryGetProperty(name, out var value) && value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                {
                    return $"\"{name}\" is not a string";
                }
            }

            if (root.TryGetProperty("hard_negative", out var hard) && hard.ValueKind is not (JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null))
            {
                return "\"hard_negative\" is not true or false";
            }

            var text = textValue.GetString()!;
            var id = OptionalString(root, "id") ?? $"{Path.GetFileName(file)}:{lineNumber}";
            var language = OptionalString(root, "lang") ?? LanguageOf(text);
            var labels = labelsValue.EnumerateArray().Select(l => l.GetString()!).ToArray();
            if (knownLabels is not null && labels.FirstOrDefault(l => !knownLabels.Contains(l, StringComparer.Ordinal)) is { } unknown)
            {
                return UnknownLabel(unknown, knownLabels);
            }

            item = new LabelledMessage(id, language, text, labels, OptionalString(root, "profile"), hard.ValueKind == JsonValueKind.True, OptionalString(root, "group"));
            return null;
        }
    }

    private static string UnknownLabel(string label, IReadOnlyCollection<string> knownLabels)
    {
        if (label.Equals("clean", StringComparison.OrdinalIgnoreCase))
        {
            return $"unknown label \"{label}\" (a clean message has \"labels\": [])";
        }

        return ClosestLabel(label, knownLabels) is { } closest
            ? $"unknown label \"{label}\" (did you mean {closest}?)"
            : $"unknown label \"{label}\"; known labels: {string.Join(", ", knownLabels.Order(StringComparer.Ordinal))}";
    }

    /// <summary>
    /// The known label the author most likely meant: one that contains the name or is contained in it
    /// ("complaint" → complaint-about-client, which plain edit distance would not pick), else the nearest
    /// by edit distance when it is near enough to be a typo.
    /// </summary>
    private static string? ClosestLabel(string label, IReadOnlyCollection<string> knownLabels)
    {
        var lowered = label.ToLowerInvariant();
        var overlapping = knownLabels
            .Where(k => lowered.Length >= 3 && (k.Contains(lowered, StringComparison.Ordinal) || lowered.Contains(k, StringComparison.Ordinal)))
            .MinBy(k => EditDistance.Between(lowered, k));
        if (overlapping is not null)
        {
            return overlapping;
        }

        var nearest = knownLabels.Select(k => (Label: k, Distance: EditDistance.Between(lowered, k))).MinBy(c => c.Distance);
        return nearest.Label is not null && nearest.Distance <= Math.Max(2, label.Length / 3) ? nearest.Label : null;
    }

    private static string? OptionalString(JsonElement root, string name)
        => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The corpus language code of an item that does not give one, told from its text as the engine tells it.</summary>
    private static string LanguageOf(string text) => MessageDocument.Parse(text).Language switch
    {
        MessageLanguage.Russian => "ru",
        MessageLanguage.English => "en",
        _ => "other",
    };
}
