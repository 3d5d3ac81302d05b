using MessageLint.Classifier.Model;
using MessageLint.Core.Classification;
using MessageLint.Core.Text;

namespace MessageLint.Classifier.Evaluation;

/// <summary>
/// Scores corpus items the way the engine sees them: each item is split into sentences by Core's
/// segmenter, every sentence is scored in its paragraph (<see cref="SentenceModel.Blend"/>, with the
/// paragraph read as its sentences joined by spaces, as <see cref="ParagraphTexts"/> builds it for the
/// engine too), and an item's score for a label is its highest sentence score (for clean, its lowest:
/// an item is clean only if every sentence is).
/// </summary>
public static class ItemScorer
{
    /// <summary>One score array per text, indexed like the model's labels.</summary>
    public static float[][] Score(SentenceModel model, IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(texts);
        var unique = new Dictionary<string, int>(StringComparer.Ordinal);
        var distinct = new List<string>();
        var pairs = new List<(int Sentence, int Paragraph)>();
        var ranges = new (int Start, int Count)[texts.Count];
        int Slot(string text)
        {
            if (!unique.TryGetValue(text, out var slot))
            {
                slot = distinct.Count;
                unique.Add(text, slot);
                distinct.Add(text);
            }

            return slot;
        }

        for (var i = 0; i < texts.Count; i++)
        {
            var start = pairs.Count;
            var document = MessageDocument.Parse(texts[i]);
            var paragraphs = ParagraphTexts.Of(document);
            foreach (var sentence in document.Sentences)
            {
                if (!string.IsNullOrWhiteSpace(sentence.Prose))
                {
                    pairs.Add((Slot(sentence.Prose), Slot(paragraphs[sentence.Index])));
                }
            }

            if (pairs.Count == start)
            {
                var whole = Slot(texts[i]);
                pairs.Add((whole, whole));
            }

            ranges[i] = (start, pairs.Count - start);
        }

        var scored = model.Score(distinct);
        var cleanIndex = IndexOf(model.Labels, ModelLabels.Clean);
        var result = new float[texts.Count][];
        for (var i = 0; i < texts.Count; i++)
        {
            var (start, count) = ranges[i];
            var scores = (float[])Read(model, scored, pairs[start]).Clone();
            for (var s = start + 1; s < start + count; s++)
            {
                var sentence = Read(model, scored, pairs[s]);
                for (var l = 0; l < scores.Length; l++)
                {
                    scores[l] = l == cleanIndex ? Math.Min(scores[l], sentence[l]) : Math.Max(scores[l], sentence[l]);
                }
            }

            result[i] = scores;
        }

        return result;
    }

    private static float[] Read(SentenceModel model, float[][] scored, (int Sentence, int Paragraph) pair)
        => model.Blend(scored[pair.Sentence], scored[pair.Paragraph]);

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
