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
    /// <summary>One text per sentence of <paramref name="document"/>, indexed like its sentences (every sentence belongs to a paragraph).</summary>
    public static string[] Of(MessageDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = new string[document.Sentences.Count];
        foreach (var paragraph in document.Paragraphs)
        {
            var prose = paragraph.Sentences.Where(s => !string.IsNullOrWhiteSpace(s.Prose)).Select(s => s.Prose).ToList();
            var joined = prose.Count < 2 ? null : string.Join(' ', prose);
            foreach (var sentence in paragraph.Sentences)
            {
                result[sentence.Index] = joined is null || string.IsNullOrWhiteSpace(sentence.Prose) ? sentence.Prose : joined;
            }
        }

        return result;
    }
}
