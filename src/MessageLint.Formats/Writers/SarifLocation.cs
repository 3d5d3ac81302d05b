using System.Text;

namespace MessageLint.Formats.Writers;

/// <summary>
/// A draft's path as a SARIF artifact location: relative paths stay relative to <c>%SRCROOT%</c>
/// so results match across checkouts, absolute paths become <c>file:</c> URIs, and drafts without
/// a path (inline text, standard input) are <c>stdin</c>.
/// </summary>
/// <param name="Uri">The URI reference, percent-encoded.</param>
/// <param name="UriBaseId">"%SRCROOT%" for relative paths, otherwise null.</param>
public sealed record SarifLocation(string Uri, string? UriBaseId)
{
    /// <summary>The base ID relative paths are resolved against.</summary>
    public const string SourceRoot = "%SRCROOT%";

    /// <summary>The location of drafts without a path.</summary>
    public static SarifLocation Stdin { get; } = new("stdin", null);

    /// <summary>The location of a draft's path as the user gave it.</summary>
    public static SarifLocation FromPath(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return Stdin;
        }

        var segments = path.Split('/', '\\');
        if (IsWindowsDrive(path))
        {
            return new SarifLocation("file:///" + segments[0] + "/" + Join(segments.AsSpan(1)), null);
        }

        if (path[0] is '/' or '\\')
        {
            return new SarifLocation("file://" + Join(segments), null);
        }

        return new SarifLocation(Join(segments), SourceRoot);
    }

    private static bool IsWindowsDrive(string path) =>
        path.Length >= 3 && char.IsAsciiLetter(path[0]) && path[1] == ':' && path[2] is '/' or '\\';

    private static string Join(ReadOnlySpan<string> segments)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < segments.Length; i++)
        {
            if (i > 0)
            {
                builder.Append('/');
            }

            builder.Append(System.Uri.EscapeDataString(segments[i]));
        }

        return builder.ToString();
    }
}
