using System.Globalization;
using System.Text;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Text;

namespace MessageLint.Formats.Writers;

/// <summary>Pieces the human and line formats share, so both print paths, positions and problems alike.</summary>
internal static class ReportText
{
    /// <summary>Shown for drafts given without a path (inline text, standard input).</summary>
    public const string UnnamedPath = "<input>";

    public static string DisplayPath(string? path) => string.IsNullOrEmpty(path) ? UnnamedPath : SingleLine(path);

    /// <summary>One-based <c>line:col</c>, the way compilers and editors print positions.</summary>
    public static string Position(LinePosition position) =>
        string.Create(CultureInfo.InvariantCulture, $"{position.Line + 1}:{position.Character + 1}");

    /// <summary>
    /// Text made safe for one line of terminal output: line breaks and tabs become spaces (scripts
    /// split on them), other control characters and lone surrogates become U+FFFD (a draft or a file
    /// name must not drive the terminal, and a lone surrogate cannot be encoded).
    /// </summary>
    public static string SingleLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsSafe(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }

            builder.Append(c switch
            {
                '\r' or '\n' or '\t' => ' ',
                < ' ' or '\u007F' => '\uFFFD',
                _ when char.IsSurrogate(c) => '\uFFFD',
                _ => c,
            });
        }

        return builder.ToString();
    }

    private static bool IsSafe(string text) =>
        !text.AsSpan().ContainsAnyInRange('\0', '\u001F') && !text.Contains('\u007F', StringComparison.Ordinal) && !HasLoneSurrogate(text);

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>path</c> or <c>path:line:col</c> for a problem.</summary>
    public static string ProblemLocation(RunProblem problem) =>
        problem.Position is { } position ? $"{DisplayPath(problem.Path)}:{Position(position)}" : DisplayPath(problem.Path);

    /// <summary><c>messagelint: error ML0003: path: message</c>, the one-line form of a run problem on the error stream.</summary>
    public static string ProblemLine(RunProblem problem, AnsiStyle style) =>
        $"messagelint: {style.Strong(Severity.Error, $"error {problem.Descriptor.Id}")}: {ProblemLocation(problem)}: {SingleLine(problem.Message)}";

    /// <summary>Counts with the unit, e.g. "1 warning", "2 errors", "3 info".</summary>
    public static string Count(int count, Severity severity) => severity switch
    {
        Severity.Error => Plural(count, "error", "errors"),
        Severity.Warning => Plural(count, "warning", "warnings"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{count} info"),
    };

    public static string Plural(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");
}
