namespace MessageLint.Core.Tests.TestRules;

/// <summary>A clock that moves only when told to, one tick per millisecond, so timing code is tested without waiting.</summary>
public sealed class SteppingClock : TimeProvider
{
    private long _ticks;

    public override long TimestampFrequency => 1000;

    public override long GetTimestamp() => Interlocked.Read(ref _ticks);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, (long)by.TotalMilliseconds);
}
