using System.Collections;
using MessageLint.Core.Classification;

namespace MessageLint.Core.Engine;

/// <summary>
/// A batch's scores as the engine hands them to rules while <c>--timings</c> is on. A classifier may
/// work a sentence's scores out when a rule first reads them, inside the rule's own time; reads are
/// timed here and counted for the model — a sentence on its first read — and the time is set aside per
/// thread so the engine can take it out of the reading rule's row.
/// </summary>
internal sealed class TimedSentenceScores : IReadOnlyList<SentenceScores>
{
    [ThreadStatic]
    private static long t_readTicks;

    private readonly IReadOnlyList<SentenceScores> _inner;
    private readonly RuleTimings _timings;
    private readonly int[] _read;

    public TimedSentenceScores(IReadOnlyList<SentenceScores> inner, RuleTimings timings)
    {
        _inner = inner;
        _timings = timings;
        _read = new int[inner.Count];
    }

    /// <summary>Time this thread has spent reading scores, in the timings' clock ticks.</summary>
    public static long ReadTicks => t_readTicks;

    /// <inheritdoc />
    public int Count => _inner.Count;

    /// <inheritdoc />
    public SentenceScores this[int index]
    {
        get
        {
            var start = _timings.Now();
            var scores = _inner[index];
            var first = Interlocked.Exchange(ref _read[index], 1) == 0;
            t_readTicks += _timings.AddModel(start, first ? 1 : 0);
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
