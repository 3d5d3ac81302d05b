using System.Collections;
using MessageLint.Core.Classification;

namespace MessageLint.Core.Tests.TestRules;

/// <summary>
/// A stand-in for a model that works a sentence out when its scores are first read: every first read
/// moves a stepping clock one step, so a test can see where that time is charged.
/// </summary>
public sealed class ClockAdvancingClassifier(SteppingClock clock) : ISentenceClassifier
{
    public static readonly TimeSpan Step = TimeSpan.FromMilliseconds(10);

    private static readonly string[] LabelNames = ["complaint"];

    public IReadOnlyList<string> Labels => LabelNames;

    public IReadOnlyList<SentenceScores> Score(IReadOnlyList<string> sentences) => new ScoredOnRead(clock, sentences.Count);

    private sealed class ScoredOnRead(SteppingClock clock, int count) : IReadOnlyList<SentenceScores>
    {
        private readonly SentenceScores?[] _scores = new SentenceScores?[count];

        public int Count => count;

        public SentenceScores this[int index]
        {
            get
            {
                if (_scores[index] is null)
                {
                    clock.Advance(Step);
                    _scores[index] = new SentenceScores(LabelNames, [0.1f]);
                }

                return _scores[index]!;
            }
        }

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
