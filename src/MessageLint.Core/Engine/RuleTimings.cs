namespace MessageLint.Core.Engine;

/// <summary>
/// Time the engine spends in each rule and in the sentence model, collected only once a host asks
/// (<c>--timings</c>), so a team can see which rule — often one of its own rule packs or custom
/// patterns — makes checks slow, as Roslyn's <c>/reportanalyzer</c> and ESLint's <c>TIMING</c> do.
/// Adds are atomic because batches are checked on every core. Time is read from a <see cref="TimeProvider"/>
/// so tests can step it instead of waiting.
/// </summary>
public sealed class RuleTimings
{
    /// <summary>The name the sentence model's row carries.</summary>
    public const string ModelName = "sentence model";

    private readonly TimeProvider _clock;
    private readonly string[] _names;
    private readonly long[] _ticks;
    private readonly long[] _calls;

    internal RuleTimings(IEnumerable<string> ruleNames, TimeProvider clock)
    {
        _clock = clock;
        _names = [.. ruleNames, ModelName];
        _ticks = new long[_names.Length];
        _calls = new long[_names.Length];
    }

    private int ModelSlot => _names.Length - 1;

    /// <summary>Every rule and the model, slowest first; the model only when it scored something.</summary>
    public IReadOnlyList<RuleTiming> Snapshot()
    {
        var result = new List<RuleTiming>(_names.Length);
        for (var i = 0; i < _names.Length; i++)
        {
            var calls = Interlocked.Read(ref _calls[i]);
            if (i == ModelSlot && calls == 0)
            {
                continue;
            }

            result.Add(new RuleTiming(_names[i], _clock.GetElapsedTime(0, Interlocked.Read(ref _ticks[i])), calls));
        }

        return [.. result.OrderByDescending(t => t.Elapsed).ThenBy(t => t.Name, StringComparer.Ordinal)];
    }

    /// <summary>The clock's timestamp, to pass back to an add when the timed work ends.</summary>
    internal long Now() => _clock.GetTimestamp();

    /// <summary>Adds a rule's run on one draft, less <paramref name="excludedTicks"/> spent in the model meanwhile.</summary>
    internal void AddRule(int rule, long startTimestamp, long excludedTicks = 0) => Add(rule, startTimestamp, 1, excludedTicks);

    /// <summary>Adds model time and the sentences scored in it; returns the ticks added.</summary>
    internal long AddModel(long startTimestamp, int sentences) => Add(ModelSlot, startTimestamp, sentences, 0);

    private long Add(int slot, long startTimestamp, long calls, long excludedTicks)
    {
        var ticks = _clock.GetTimestamp() - startTimestamp - excludedTicks;
        Interlocked.Add(ref _ticks[slot], ticks);
        Interlocked.Add(ref _calls[slot], calls);
        return ticks;
    }
}
