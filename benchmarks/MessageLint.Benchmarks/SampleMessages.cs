using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace MessageLint.Benchmarks;

/// <summary>A deterministic mix of short chat drafts in Russian and English, clean and not, for engine benchmarks.</summary>
public static class SampleMessages
{
    private static readonly string[] Templates =
    [
        "Привет! Макет главной готов, пришлю ссылку завтра до {0}:00.",
        "Как я уже писал, без текстов я не могу двигаться дальше!!!",
        "Hi! The mockups are ready; I'll send the link by {0} pm tomorrow.",
        "As I already said, I NEED THE FINAL TEXTS TODAY.",
        "Спасибо большое!!! Всё получилось отлично, клиент доволен.",
        "Could you send the logo in SVG and the brand guide? I'd like to start on Monday.",
        "Предлагаю поставить фото в половину колонки, потому что так текст читается на телефоне.",
        "Quick update: the homepage is done, the blog page is next, ETA Friday {0}:00.",
        "Ок, беру в работу. Уточню пару вопросов по ЦА и вернусь сегодня до {0}:00.",
        "Thanks for the feedback! I'll fix the header and send v2 on Thursday.",
    ];

    /// <summary>One typical message.</summary>
    public static string One => Templates[1];

    /// <summary>A long public post of about two pages.</summary>
    public static string LongPost { get; } = string.Join("\n\n", Enumerable.Range(0, 40).Select(i => Format(i)));

    /// <summary>
    /// The first <paramref name="count"/> chat-style drafts of the team corpus (rules/corpus/team), all
    /// different: short real-looking messages in both languages, so neither the model's
    /// de-duplication nor a warm cache flatters the figure.
    /// </summary>
    public static string[] DistinctChat(int count)
    {
        var folder = Path.Combine(RepositoryRoot(), "rules", "corpus", "team");
        var texts = new List<string>();
        foreach (var file in Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                using var item = JsonDocument.Parse(line);
                if (item.RootElement.GetProperty("style").GetString() == "chat")
                {
                    texts.Add(item.RootElement.GetProperty("text").GetString()!);
                }
            }
        }

        var distinct = texts.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count < count)
        {
            throw new InvalidOperationException($"The team corpus has {distinct.Count} distinct chat drafts, fewer than {count}.");
        }

        // Interleave the per-label files so the sample mixes labels and languages.
        return [.. distinct.Select((text, index) => (text, index)).OrderBy(p => (p.index * 7919) % distinct.Count).Take(count).Select(p => p.text)];
    }

    /// <summary>Messages for the archive benchmark.</summary>
    public static string[] Many(int count) => [.. Enumerable.Range(0, count).Select(Format)];

    /// <summary>The repository this source file was built from, for the corpora the generators read.</summary>
    internal static string RepositoryRoot([CallerFilePath] string path = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));

    private static string Format(int i) => string.Format(CultureInfo.InvariantCulture, Templates[i % Templates.Length], 10 + (i % 8));
}
