using System.Globalization;

namespace MessageLint.Core.Text;

/// <summary>
/// How large a draft may be before it is refused, shared by <c>check</c>, <c>audit</c>'s folders and the
/// language server, so a draft that one of them checks is never "too large" for another by default.
/// </summary>
public static class DraftSize
{
    /// <summary>The default largest draft, 2 MB: about a thousand pages, far beyond any message.</summary>
    public const long DefaultMaxBytes = 2 * 1024 * 1024;

    /// <summary>A size as people read it: "2.0 MB", "512.0 KB", "31 bytes".</summary>
    public static string Format(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.0} MB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };
}
