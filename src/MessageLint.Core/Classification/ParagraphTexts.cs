using MessageLint.Core.Text;

namespace MessageLint.Core.Classification;

/// <summary>
/// The paragraph each sentence of a draft is read in by the sentence model: the prose of the paragraph's
/// sentences joined by spaces. A sentence alone in its paragraph (most chat messages' short lines) gets
/// its own prose back, the same string, so a classifier can tell there is nothing to blend; so does a
/// sentence of white space only. The engine and the model's evaluation both build contexts here, so
/// the figures measured are the figures the engine gets.
/// </summary>
public static class ParagraphTexts
{
    /// <summary>One text per sentence of <paramref name="document"/>, indexed like its sentences.</summary>
    public static string[] Of(MessageDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = new string[document.Sentences.Count];
        foreach (var paragraph in document.Paragraphs)
        {
            string? joined = null;
            var proseSentences = 0;
            foreach (var sentence in paragraph.Sentences)
            {
                if (!string.IsNullOrWhiteSpace(sentence.Prose))
                {
                    proseSentences++;
                }
            }

            foreach (var sentence in paragraph.Sentences)
            {
                result[sentence.Index] = proseSentences < 2 || string.IsNullOrWhiteSpace(sentence.Prose)
                    ? sentence.Prose
                    : joined ??= string.Join(' ', paragraph.Sentences.Where(s => !string.IsNullOrWhiteSpace(s.Prose)).Select(s => s.Prose));
            }
        }

        for (var i = 0; i < result.Length; i++)
        {
            // A sentence outside every paragraph (none are, today) is read alone.
            result[i] ??= document.Sentences[i].Prose;
        }

        return result;
    }
}
