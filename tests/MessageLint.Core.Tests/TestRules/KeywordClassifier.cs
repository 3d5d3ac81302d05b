using MessageLint.Core.Classification;

namespace MessageLint.Core.Tests.TestRules;

/// <summary>A stand-in model: "complaint" is 0.9 for sentences with "ужас" or "awful", else 0.1; counts its calls and sentences, and keeps the paragraphs it was last given.</summary>
public sealed class KeywordClassifier : ISentenceClassifier
{
    private static readonly string[] LabelNames = ["complaint"];

    public int Calls { get; private set; }

    public int SentencesScored { get; private set; }

    public IReadOnlyList<string> Labels => LabelNames;

    public IReadOnlyList<string>? LastSentences { get; private set; }

    public IReadOnlyList<string>? LastParagraphs { get; private set; }

    public IReadOnlyList<SentenceScores> Score(IReadOnlyList<string> sentences, IReadOnlyList<string> paragraphs)
    {
        LastSentences = sentences;
        LastParagraphs = paragraphs;
        return Score(sentences);
    }

    public IReadOnlyList<SentenceScores> Score(IReadOnlyList<string> sentences)
    {
        Calls++;
        SentencesScored += sentences.Count;
        return [.. sentences.Select(s => new SentenceScores(LabelNames, [s.Contains("ужас", StringComparison.Ordinal) || s.Contains("awful", StringComparison.Ordinal) ? 0.9f : 0.1f]))];
    }
}
