using System.Collections;
using MessageLint.Core.Classification;

namespace MessageLint.Core.Tests.TestRules;

/// <summary>
/// A stand-in for a model that works a sentence's "complaint" probability out when its scores are first
/// read, as the embedded one does: <paramref name="complaint"/> runs once per sentence, on that read, so a
/// test can make the work take time on a stepping clock, or fail.
/// </summary>
public sealed class ScoredOnReadClassifier(Func<string, float> complaint) : ISentenceClassifier
{
    private static readonly string[] LabelNames = ["complaint"];

    public IReadOnlyList<string> Labels => LabelNames;

    public IReadOnlyList<SentenceScores> Score(IReadOnlyList<string> sentences) => new ScoredOnRead(sentences, complaint);

    private sealed class ScoredOnRead(IReadOnlyList<string> sentences, Func<string, float> complaint) : IReadOnlyList<SentenceScores>
    {
        private readonly SentenceScores?[] _scores = new SentenceScores?[sentences.Count];

        public int Count => sentences.Count;

        public SentenceScores this[int index] => _scores[index] ??= new SentenceScores(LabelNames, [complaint(sentences[index])]);

        public IEnumerator<SentenceScores> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
