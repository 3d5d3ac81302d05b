using System.Text.Json;

namespace MessageLint.Benchmarks;

/// <summary>
/// The texts generated posts are made of: clean ones and ones the rules should flag. The default pool
/// is every item of the repository's labelled corpora (rules/corpus/team and rules/corpus/real) — about
/// 8,000 different messages in both languages that exercise every rule — so a benchmark measures varied
/// text, as a real archive is. The template pool is the 13 sentences the first four sessions measured
/// with, kept to compare with their figures.
/// </summary>
public sealed class PostPool
{
    private PostPool(string name, IReadOnlyList<string> clean, IReadOnlyList<string> flagged)
    {
        Name = name;
        Clean = clean;
        Flagged = flagged;
    }

    /// <summary>"corpus" or "templates", as the generator's command line names it.</summary>
    public string Name { get; }

    /// <summary>Texts without any label.</summary>
    public IReadOnlyList<string> Clean { get; }

    /// <summary>Texts with at least one label.</summary>
    public IReadOnlyList<string> Flagged { get; }

    /// <summary>The 13 fixed sentences of the earlier sessions' exports (8 clean, 5 blunt).</summary>
    public static PostPool Templates { get; } = new(
        "templates",
        [
            "Макет главной готов, посмотрите, пожалуйста, до четверга: если успеете, запустим сайт в понедельник.",
            "Рассказываем, как мы работаем: сначала короткий созвон, потом смета и план с датами.",
            "The pricing page is live. We kept three plans, because the fourth confused people in tests.",
            "Новый кейс: интернет-магазин для пекарни. Конверсия выросла на 18% за два месяца.",
            "We reply to messages on weekdays from 10:00 to 19:00 and within one business day.",
            "Предлагаю сделать каталог на одной странице: так его проще смотреть с телефона.",
            "Here is the plan for March: research in week one, prototypes in week two, tests after that.",
            "Спасибо всем, кто пришёл на вебинар! Запись и слайды — в следующем посте.",
        ],
        [
            "Как я уже писал, правки принимаем только до пятницы. ПРИСЫЛАЙТЕ ТЕКСТЫ ВОВРЕМЯ!!!",
            "As I already said, the deadline slipped because of late feedback!!!",
            "Я же говорил, без текстов мы не можем двигаться дальше.",
            "СКОЛЬКО МОЖНО ЖДАТЬ ОТВЕТА?! Макет лежит неделю.",
            "Как я уже объяснял, сроки зависят от вас.",
        ]);

    /// <summary>Every item of rules/corpus/team/*.jsonl and rules/corpus/real/*.jsonl, in file order.</summary>
    public static PostPool Corpus { get; } = LoadCorpus();

    /// <summary>The pool a command-line name picks.</summary>
    public static PostPool Named(string name) => name switch
    {
        "corpus" => Corpus,
        "templates" => Templates,
        _ => throw new ArgumentException($"Unknown post pool '{name}': use corpus or templates.", nameof(name)),
    };

    private static PostPool LoadCorpus()
    {
        var clean = new List<string>();
        var flagged = new List<string>();
        foreach (var folder in new[] { "team", "real" })
        {
            var path = Path.Combine(SampleMessages.RepositoryRoot(), "rules", "corpus", folder);
            foreach (var file in Directory.GetFiles(path, "*.jsonl").Order(StringComparer.Ordinal))
            {
                foreach (var line in File.ReadLines(file))
                {
                    using var item = JsonDocument.Parse(line);
                    var text = item.RootElement.GetProperty("text").GetString()!;
                    (item.RootElement.GetProperty("labels").GetArrayLength() == 0 ? clean : flagged).Add(text);
                }
            }
        }

        return new PostPool("corpus", clean, flagged);
    }
}
