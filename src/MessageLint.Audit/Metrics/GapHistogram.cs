namespace MessageLint.Audit.Metrics;

/// <summary>
/// Durations counted in fixed, human-sized buckets (under an hour, up to a day, two days, a week…),
/// so percentiles of millions of gaps take a few counters instead of a list.
/// </summary>
public sealed class GapHistogram
{
    /// <summary>The upper bounds of the buckets; the last bucket is open-ended.</summary>
    public static IReadOnlyList<TimeSpan> Bounds { get; } =
    [
        TimeSpan.FromHours(1), TimeSpan.FromHours(4), TimeSpan.FromDays(1), TimeSpan.FromDays(2),
        TimeSpan.FromDays(3), TimeSpan.FromDays(7), TimeSpan.FromDays(14),
    ];

    private readonly long[] _counts = new long[Bounds.Count + 1];

    /// <summary>How many durations were added.</summary>
    public long Count { get; private set; }

    /// <summary>The longest duration added.</summary>
    public TimeSpan Max { get; private set; }

    /// <summary>The count per bucket, the open-ended one last.</summary>
    public IReadOnlyList<long> Counts => _counts;

    /// <summary>Adds a duration.</summary>
    public void Add(TimeSpan duration)
    {
        var bucket = 0;
        while (bucket < Bounds.Count && duration >= Bounds[bucket])
        {
            bucket++;
        }

        _counts[bucket]++;
        Count++;
        if (duration > Max)
        {
            Max = duration;
        }
    }

    /// <summary>The bucket holding the given quantile (0.5 for the median), as its label; null when empty.</summary>
    public string? QuantileLabel(double quantile)
    {
        if (Count == 0)
        {
            return null;
        }

        var target = (long)Math.Ceiling(quantile * Count);
        var seen = 0L;
        for (var i = 0; i < _counts.Length; i++)
        {
            seen += _counts[i];
            if (seen >= Math.Max(1, target))
            {
                return Label(i);
            }
        }

        return Label(_counts.Length - 1);
    }

    /// <summary>How many durations are at least the given bound (one of <see cref="Bounds"/>).</summary>
    public long CountAtLeast(TimeSpan bound)
    {
        var total = 0L;
        for (var i = 0; i < Bounds.Count; i++)
        {
            if (Bounds[i] >= bound)
            {
                total += _counts[i + 1];
            }
        }

        return total;
    }

    /// <summary>A bucket's label: "under 1 h", "1 h – 4 h", …, "14 d or more".</summary>
    public static string Label(int bucket)
    {
        if (bucket == 0)
        {
            return $"under {Format(Bounds[0])}";
        }

        return bucket >= Bounds.Count ? $"{Format(Bounds[^1])} or more" : $"{Format(Bounds[bucket - 1])} – {Format(Bounds[bucket])}";
    }

    /// <summary>A duration as "3 h", "2 d".</summary>
    public static string Format(TimeSpan span) => span.TotalDays >= 1
        ? $"{Math.Round(span.TotalDays, 1):0.#} d"
        : span.TotalHours >= 1 ? $"{Math.Round(span.TotalHours, 1):0.#} h" : $"{Math.Round(span.TotalMinutes):0} min";
}
