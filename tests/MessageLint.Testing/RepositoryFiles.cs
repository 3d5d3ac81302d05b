using System.Runtime.CompilerServices;
using System.Text.Json;

namespace MessageLint.Testing;

/// <summary>Files of this repository that tests read directly: the labelled corpora, as a wide sample of real-looking drafts.</summary>
public static class RepositoryFiles
{
    /// <summary>The repository's root folder (found from this source file's path at build time).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The text of every item of every corpus under rules/corpus, in file order.</summary>
    public static IReadOnlyList<string> CorpusTexts()
    {
        var texts = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "rules", "corpus"), "*.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                if (line.Length == 0)
                {
                    continue;
                }

                using var item = JsonDocument.Parse(line);
                texts.Add(item.RootElement.GetProperty("text").GetString() ?? string.Empty);
            }
        }

        return texts;
    }

    private static string FindRoot([CallerFilePath] string path = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));
}
