using System.Collections;
using MessageLint.Core.Classification;

namespace MessageLint.Core.Tests.TestRules;

/// <summary>
/// A stand-in for a model that works scores out when they are read and fails on one sentence: reading
/// a sentence with "boom" throws; "awful" scores 0.9 for "complaint", anything else 0.1.
/// </summary>
public sealed class FailingOnReadClassifier : ISentenceClassifier
{
    private static readonly string[] LabelNames = ["complaint"];

    public IReadOnlyList<string> Labels => LabelNames;

    public IReadOnlyList<SentenceScores> Score(IReadOnlyList<string> sentences) => new ScoredOnRead(sentences);

    private sealed class ScoredOnRead(IReadOnlyList<string> sentences) : IReadOnlyList<SentenceScores>
    {
        public int Count => sentences.Count;

        public SentenceScores this[int index] => sentences[index].Contains("boom", StringComparison.Ordinal)
            ? throw new InvalidOperationException("the model failed")
            : new SentenceScores(LabelNames, [sentences[index].Contains("awful", StringComparison.Ordinal) ? 0.9f : 0.1f]);

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
