using System.Globalization;

namespace MessageLint.Formats.Archive;

/// <summary>Reads the dates archives carry: ISO 8601 with or without an offset, or Unix seconds.</summary>
public static class ArchiveDates
{
    /// <summary>
    /// Parses a date; <paramref name="instant"/> is null when the text has no offset (the moment is
    /// unknown), while <paramref name="local"/> is always the wall-clock time as written.
    /// </summary>
    public static bool TryParse(string? text, out DateTimeOffset? instant, out DateTime local)
    {
        instant = null;
        local = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            if (seconds > 253402300799)
            {
                return false;
            }

            var utc = DateTimeOffset.FromUnixTimeSeconds(seconds);
            instant = utc;
            local = utc.UtcDateTime;
            return true;
        }

        if (HasOffset(trimmed) && DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
        {
            instant = withOffset;
            local = withOffset.DateTime;
            return true;
        }

        if (DateTime.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wallClock))
        {
            local = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
            return true;
        }

        return false;
    }

    private static bool HasOffset(string text)
    {
        if (text.EndsWith('Z') || text.EndsWith('z'))
        {
            return true;
        }

        var time = text.IndexOf('T', StringComparison.Ordinal);
        if (time < 0)
        {
            time = text.IndexOf(' ', StringComparison.Ordinal);
        }

        return time > 0 && text.AsSpan(time).IndexOfAny('+', '-') > 0;
    }
}
