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

    /// <summary>Parses "09:00-19:00" and "mon-fri" (or "mon,tue,sat"); null when either is malformed.</summary>
    public static WorkingHours? Parse(string? hours, string? days)
    {
        var result = Default;
        if (hours is not null)
        {
            var parts = hours.Split('-', StringSplitOptions.TrimEntries);
            if (parts.Length != 2
                || !TimeOnly.TryParseExact(parts[0], ["H:mm", "HH:mm", "H"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
                || !TimeOnly.TryParseExact(parts[1], ["H:mm", "HH:mm", "H"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
                || end <= start)
            {
                return null;
            }

            result = result with { Start = start, End = end };
        }

        if (days is not null)
        {
            var set = new HashSet<DayOfWeek>();
            foreach (var item in days.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var range = item.Split('-', StringSplitOptions.TrimEntries);
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

            if (set.Count == 0)
            {
                return null;
            }

            result = result with { Days = set };
        }

        return result;
    }

    /// <summary>"09:00–19:00 Mon–Fri" style description.</summary>
    public string Describe()
    {
        var names = Enum.GetValues<DayOfWeek>().Where(Days.Contains).Select(d => d.ToString()[..3]);
        return string.Create(CultureInfo.InvariantCulture, $"{Start:HH\\:mm}-{End:HH\\:mm} {string.Join(',', names)}");
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
