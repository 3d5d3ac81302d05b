namespace MessageLint.Classifier.Featurization;

/// <summary>One plain lexicon phrase as folded words; a prefix word matches any word starting with it.</summary>
internal sealed class Phrase(int marker, string[] words, bool[] isPrefix)
{
    /// <summary>Index of the phrase's lexicon marker.</summary>
    public int Marker { get; } = marker;

    /// <summary>The phrase's words, folded.</summary>
    public string[] Words { get; } = words;

    /// <summary>For each word, whether it matches as a prefix (written with a trailing <c>~</c>).</summary>
    public bool[] IsPrefix { get; } = isPrefix;

    /// <summary>True when the phrase's words occur in the text from word <paramref name="start"/> on.</summary>
    public bool Matches(string folded, List<Word> text, int start)
    {
        if (start + Words.Length > text.Count)
        {
            return false;
        }

        for (var k = 0; k < Words.Length; k++)
        {
            var word = folded.AsSpan(text[start + k].Start, text[start + k].Length);
            var matches = IsPrefix[k] ? word.StartsWith(Words[k], StringComparison.Ordinal) : word.SequenceEqual(Words[k]);
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }
}
