using MessageLint.Classifier.Model;
using MessageLint.Core.Text;

namespace MessageLint.Classifier.Evaluation;

/// <summary>
/// Scores corpus items the way the engine sees them: each item is split into sentences by Core's
/// segmenter, every sentence is scored, and an item's score for a label is its highest sentence
/// score (for clean, its lowest: an item is clean only if every sentence is).
/// </summary>
public static class ItemScorer
{
    /// <summary>One score array per text, indexed like the model's labels.</summary>
    public static float[][] Score(SentenceModel model, IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(texts);
        var sentences = new List<string>();
        var ranges = new (int Start, int Count)[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            var start = sentences.Count;
            foreach (var sentence in MessageDocument.Parse(texts[i]).Sentences)
            {
                if (!string.IsNullOrWhiteSpace(sentence.Prose))
                {
                    sentences.Add(sentence.Prose);
                }
            }

            if (sentences.Count == start)
            {
                sentences.Add(texts[i]);
            }

            ranges[i] = (start, sentences.Count - start);
        }

        var sentenceScores = model.Score(sentences);
        var cleanIndex = IndexOf(model.Labels, ModelLabels.Clean);
        var result = new float[texts.Count][];
        for (var i = 0; i < texts.Count; i++)
        {
            var (start, count) = ranges[i];
            var scores = (float[])sentenceScores[start].Clone();
            for (var s = start + 1; s < start + count; s++)
            {
                for (var l = 0; l < scores.Length; l++)
                {
                    scores[l] = l == cleanIndex ? Math.Min(scores[l], sentenceScores[s][l]) : Math.Max(scores[l], sentenceScores[s][l]);
                }
            }

            result[i] = scores;
        }

        return result;
    }

    private static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] == label)
            {
                return i;
            }
        }

        return -1;
    }
}
