using System.Collections;
using MessageLint.Core.Classification;

namespace MessageLint.LanguageServer;

/// <summary>
/// A batch's scores as <see cref="CachingSentenceClassifier"/> hands them out: the cached ones at once, the
/// others read from the model's answer on first use and then remembered, so the cache fills only with what
/// rules read. Safe to read from several threads: two readers of one sentence get the same scores.
/// </summary>
internal sealed class CacheFillingScores(
    SentenceScores?[] known,
    int[] positions,
    IReadOnlyList<SentenceScores> scored,
    Action<int, SentenceScores> remember) : IReadOnlyList<SentenceScores>
{
    /// <inheritdoc />
    public int Count => known.Length;

    /// <inheritdoc />
    public SentenceScores this[int index]
    {
        get
        {
            if (Volatile.Read(ref known[index]) is { } cached)
            {
                return cached;
            }

            var scores = scored[positions[index]];
            if (Interlocked.CompareExchange(ref known[index], scores, null) is null)
            {
                remember(index, scores);
            }

            return scores;
        }
    }

    /// <inheritdoc />
    public IEnumerator<SentenceScores> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
