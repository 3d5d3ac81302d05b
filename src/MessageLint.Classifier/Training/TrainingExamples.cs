using MessageLint.Core.Evaluation;
using MessageLint.Core.Text;

namespace MessageLint.Classifier.Training;

/// <summary>
/// The rows a model trains on. The corpus labels whole items, but the engine scores one sentence at
/// a time, so a head fitted on whole items only never sees a lone sentence of a long post. Each
/// item is a row; with sentence rows on, each sentence of a multi-sentence item is a row too, but
/// only for the heads where its label is certain: a sentence cannot carry a label its item lacks
/// (a negative), and every sentence of a clean item is clean (a positive for the clean head).
/// Which sentence of a labelled item carries the label is unknown, so those pairs are left out.
/// </summary>
public static class TrainingExamples
{
    /// <summary>The rows of <paramref name="items"/>: each item, then (when asked) its sentences.</summary>
    public static IReadOnlyList<TrainingExample> Expand(IReadOnlyList<LabelledMessage> items, bool sentenceRows)
    {
        ArgumentNullException.ThrowIfNull(items);
        var rows = new List<TrainingExample>(items.Count * 2);
        for (var i = 0; i < items.Count; i++)
        {
            rows.Add(new TrainingExample(i, items[i].Text, IsSentence: false));
        }

        if (!sentenceRows)
        {
            return rows;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var sentences = MessageDocument.Parse(items[i].Text).Sentences
                .Select(s => s.Prose)
                .Where(p => !string.IsNullOrWhiteSpace(p))
                .ToList();
            if (sentences.Count < 2)
            {
                continue;
            }

            foreach (var sentence in sentences)
            {
                rows.Add(new TrainingExample(i, sentence, IsSentence: true));
            }
        }

        return rows;
    }
}
