using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace MessageLint.Audit.Metrics;

/// <summary>
/// The working hours one states to clients (principle 6), against which messages are counted as
/// sent on a day off or late. Times are the wall clock of the export.
/// </summary>
/// <param name="Start">When the working day starts.</param>
/// <param name="End">When it ends.</param>
/// <param name="Days">The working days.</param>
public sealed record WorkingHours(TimeOnly Start, TimeOnly End, IReadOnlySet<DayOfWeek> Days)
{
    /// <summary>09:00–19:00, Monday to Friday.</summary>
    public static WorkingHours Default { get; } = new(new TimeOnly(9, 0), new TimeOnly(19, 0), new HashSet<DayOfWeek>
    {
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday,
    });

    /// <summary>True when the time falls on a day off.</summary>
    public bool IsDayOff(DateTime local) => !Days.Contains(local.DayOfWeek);

    /// <summary>True when the time is on a working day but outside the hours.</summary>
    public bool IsLate(DateTime local)
    {
        if (IsDayOff(local))
        {
            return false;
        }

        var time = TimeOnly.FromDateTime(local);
        return time < Start || time >= End;
    }

    /// <summary>What <see cref="TryParse"/> accepts as hours, for usage errors and help.</summary>
    public const string HoursSyntax = "a range within one day, HH:MM-HH:MM, such as 09:00-18:00 (9-18 and 9:30-18 also work; hours 0-23; overnight ranges such as 22:00-06:00 are not supported)";

    /// <summary>What <see cref="TryParse"/> accepts as days, for usage errors and help.</summary>
    public const string DaysSyntax = "days such as mon-fri, mon,tue,thu or sat-sun (пн-пт also works)";

    /// <summary>Parses hours and days as <see cref="TryParse"/> does; null when either is malformed.</summary>
    public static WorkingHours? Parse(string? hours, string? days)
        => TryParse(hours, days, out var result, out _) ? result : null;

    /// <summary>
    /// Parses "09:00-19:00" (or "9-19", "9:30-18") and "mon-fri" (or "mon,tue,sat"); either may be null
    /// for the default. The range must lie within one day: a late or day-off count is kept per calendar
    /// day, so an overnight range would split one working night over two days.
    /// </summary>
    public static bool TryParse(string? hours, string? days, [NotNullWhen(true)] out WorkingHours? result, [NotNullWhen(false)] out string? error)
    {
        result = Default;
        error = null;
        if (hours is not null)
        {
            var parts = hours.Split(['-', '–'], StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || ParseTime(parts[0]) is not { } start || ParseTime(parts[1]) is not { } end || end <= start)
            {
                result = null;
                error = $"--working-hours must be {HoursSyntax}; got '{hours}'";
                return false;
            }

            result = result with { Start = start, End = end };
        }

        if (days is not null)
        {
            if (ParseDays(days) is not { } set)
            {
                result = null;
                error = $"--working-days must be {DaysSyntax}; got '{days}'";
                return false;
            }

            result = result with { Days = set };
        }

        return true;
    }

    /// <summary>"09:00–19:00 Mon–Fri" style description.</summary>
    public string Describe()
    {
        var names = Enum.GetValues<DayOfWeek>().Where(Days.Contains).Select(d => d.ToString()[..3]);
        return string.Create(CultureInfo.InvariantCulture, $"{Start:HH\\:mm}-{End:HH\\:mm} {string.Join(',', names)}");
    }

    /// <summary>"9", "09", "9:30" or "09:30", hours 0–23; null otherwise.</summary>
    private static TimeOnly? ParseTime(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var hourText = colon < 0 ? text : text[..colon];
        var minuteText = colon < 0 ? "00" : text[(colon + 1)..];
        if (hourText.Length is < 1 or > 2 || minuteText.Length != 2 || !hourText.All(char.IsAsciiDigit) || !minuteText.All(char.IsAsciiDigit))
        {
            return null;
        }

        var hour = int.Parse(hourText, CultureInfo.InvariantCulture);
        var minute = int.Parse(minuteText, CultureInfo.InvariantCulture);
        return hour <= 23 && minute <= 59 ? new TimeOnly(hour, minute) : null;
    }

    private static HashSet<DayOfWeek>? ParseDays(string days)
    {
        var set = new HashSet<DayOfWeek>();
        foreach (var item in days.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var range = item.Split(['-', '–'], StringSplitOptions.TrimEntries);
            if (range.Length is < 1 or > 2 || ParseDay(range[0]) is not { } first || ParseDay(range[^1]) is not { } last)
            {
                return null;
            }

            for (var day = first; ; day = (DayOfWeek)(((int)day + 1) % 7))
            {
                set.Add(day);
                if (day == last)
                {
                    break;
                }
            }
        }

        return set.Count == 0 ? null : set;
    }

    private static DayOfWeek? ParseDay(string text) => text.ToLowerInvariant() switch
    {
        "mon" or "пн" => DayOfWeek.Monday,
        "tue" or "вт" => DayOfWeek.Tuesday,
        "wed" or "ср" => DayOfWeek.Wednesday,
        "thu" or "чт" => DayOfWeek.Thursday,
        "fri" or "пт" => DayOfWeek.Friday,
        "sat" or "сб" => DayOfWeek.Saturday,
        "sun" or "вс" => DayOfWeek.Sunday,
        _ => null,
    };
}
