using System.Globalization;

namespace MessageLint.Properties.Tests.Support;

/// <summary>
/// Iteration counts, chosen so the whole project runs in seconds on two cores; a failure prints the
/// seed that reproduces it. <c>MESSAGELINT_PROPERTY_SCALE=50</c> multiplies them for a deep hunt.
/// </summary>
internal static class Samples
{
    private static readonly int Scale =
        int.TryParse(Environment.GetEnvironmentVariable("MESSAGELINT_PROPERTY_SCALE"), NumberStyles.None, CultureInfo.InvariantCulture, out var scale) && scale > 0 ? scale : 1;

    /// <summary>Small drafts are cheap: many of them.</summary>
    public static int Many => 200 * Scale;

    /// <summary>Drafts analysed more than once (suppression, fixes, writers).</summary>
    public static int Some => 80 * Scale;

    /// <summary>Drafts of thousands of lines.</summary>
    public static int Few => 4 * Scale;
}
