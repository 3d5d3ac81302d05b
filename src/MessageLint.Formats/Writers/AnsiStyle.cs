using MessageLint.Core.Diagnostics;

namespace MessageLint.Formats.Writers;

/// <summary>
/// ANSI colours for the human format, or none at all. Whether to colour is the caller's decision
/// (NO_COLOR, a redirected stream, an option), so the same writer is testable and scriptable.
/// </summary>
internal sealed class AnsiStyle
{
    private const string Reset = "\u001b[0m";
    private const string BoldCode = "\u001b[1m";

    public AnsiStyle(bool enabled) => Enabled = enabled;

    public bool Enabled { get; }

    public string Bold(string text) => Enabled ? BoldCode + text + Reset : text;

    /// <summary>The severity's colour: error red, warning yellow, info cyan.</summary>
    public string Colour(Severity severity, string text) => Enabled ? Code(severity, bold: false) + text + Reset : text;

    /// <summary>The severity's colour in bold, for the severity word itself.</summary>
    public string Strong(Severity severity, string text) => Enabled ? Code(severity, bold: true) + text + Reset : text;

    private static string Code(Severity severity, bool bold)
    {
        var colour = severity switch
        {
            Severity.Error => "31",
            Severity.Warning => "33",
            Severity.Info => "36",
            _ => "39",
        };
        return bold ? $"\u001b[1;{colour}m" : $"\u001b[{colour}m";
    }
}
