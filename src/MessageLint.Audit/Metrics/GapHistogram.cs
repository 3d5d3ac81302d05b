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
    public string? QuantileLabel(double quantile) => QuantileBucket(quantile) is { } bucket ? Label(bucket) : null;

    /// <summary>
    /// The bucket holding the given quantile in words, such as "2–3 days" or "under 1 hour"; null when
    /// empty. It is a range, not a value: the buckets are all that is kept.
    /// </summary>
    public string? QuantileRange(double quantile) => QuantileBucket(quantile) is { } bucket ? Range(bucket) : null;

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

    /// <summary>A bucket in words: "under 1 hour", "1–4 hours", "4 hours – 1 day", "2–3 days", "14 days or more".</summary>
    public static string Range(int bucket)
    {
        if (bucket == 0)
        {
            return $"under {Words(Bounds[0])}";
        }

        if (bucket >= Bounds.Count)
        {
            return $"{Words(Bounds[^1])} or more";
        }

        var (low, high) = (Bounds[bucket - 1], Bounds[bucket]);
        var sameUnit = (low.TotalDays >= 1) == (high.TotalDays >= 1);
        return sameUnit ? $"{Number(low)}–{Words(high)}" : $"{Words(low)} – {Words(high)}";
    }

    /// <summary>A duration as "3 h", "2 d".</summary>
    public static string Format(TimeSpan span) => span.TotalDays >= 1
        ? $"{Math.Round(span.TotalDays, 1):0.#} d"
        : span.TotalHours >= 1 ? $"{Math.Round(span.TotalHours, 1):0.#} h" : $"{Math.Round(span.TotalMinutes):0} min";

    private int? QuantileBucket(double quantile)
    {
        if (Count == 0)
        {
            return null;
        }

        var target = Math.Max(1, (long)Math.Ceiling(quantile * Count));
        var seen = 0L;
        for (var i = 0; i < _counts.Length; i++)
        {
            seen += _counts[i];
            if (seen >= target)
            {
                return i;
            }
        }

        return _counts.Length - 1;
    }

    private static string Number(TimeSpan span) => span.TotalDays >= 1 ? $"{span.TotalDays:0}" : $"{span.TotalHours:0}";

    private static string Words(TimeSpan span)
    {
        var unit = span.TotalDays >= 1 ? "day" : "hour";
        var number = Number(span);
        return number == "1" ? $"1 {unit}" : $"{number} {unit}s";
    }
}
