using MessageLint.Core.Classification;

namespace MessageLint.Core.Engine;

/// <summary>One document's window onto a batch of sentence scores.</summary>
internal readonly struct SentenceScoreView(IReadOnlyList<SentenceScores>? scores, int offset)
{
    public SentenceScores? Get(int sentenceIndex) => scores is null ? null : scores[offset + sentenceIndex];
}
