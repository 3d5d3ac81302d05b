using MessageLint.Classifier.Model;
using MessageLint.Classifier.Training;
using MessageLint.Core.Evaluation;

namespace MessageLint.Classifier.Tests;

/// <summary>A few dozen labelled sentences and a model trained on them once, so tests never train on the real corpus.</summary>
public static class TinyCorpus
{
    public static IReadOnlyList<string> Labels { get; } = ["vague-status", "complaint-about-client", ModelLabels.Clean];

    public static TrainingOptions Options { get; } = new() { Labels = Labels, MaximumIterations = 50 };

    public static IReadOnlyList<LabelledMessage> Items { get; } = Build();

    public static SentenceModel Model { get; } = ModelTrainer.Train(Items, Items, Options);

    private static List<LabelledMessage> Build()
    {
        string[] vague = ["скоро будет готово", "почти готово, скоро скину", "working on it, soon", "will send it soon", "в процессе, позже напишу", "almost done, later today maybe", "скоро всё сделаю", "soon, when I have time"];
        string[] complaint = ["клиенты опять хотят всё и сразу", "заказчики вечно не читают ТЗ", "clients never read the brief", "guess who changed their mind again, clients", "эти клиенты просто невыносимы", "typical client, wants everything for free", "заказчик сам не знает, чего хочет", "clients are the worst"];
        string[] clean = ["отправлю макет в пятницу до 18:00", "пришлю тексты завтра в 10", "I will send the mockup on Friday at 6 pm", "the draft is ready, here is the link", "спасибо за файлы, всё получил", "thanks, the files arrived", "созвонимся во вторник в 11?", "let's meet on Tuesday at 11"];
        var items = new List<LabelledMessage>();
        void Add(string[] texts, string[] labels)
        {
            foreach (var text in texts)
            {
                items.Add(new LabelledMessage($"t{items.Count}", "mixed", text, labels, Group: $"g{items.Count}"));
            }
        }

        Add(vague, ["vague-status"]);
        Add(complaint, ["complaint-about-client"]);
        Add(clean, []);
        return items;
    }
}
