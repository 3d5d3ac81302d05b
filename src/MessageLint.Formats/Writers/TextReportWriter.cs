using System.Globalization;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;

namespace MessageLint.Formats.Writers;

/// <summary>
/// Writes findings for people in the compiler style of rustc and Roslyn: the location and message,
/// the source line with the span underlined, then the fixes and the rule's help link; a score line
/// per draft and a count for the run. Suppressed and hidden diagnostics are left out, and problems
/// go to the error writer so the findings on standard output stay clean.
/// </summary>
public sealed class TextReportWriter : IReportWriter
{
    /// <summary>The widest piece of the draft a message quotes, in columns.</summary>
    private const int MaxQuoteWidth = 60;

    /// <summary>How many lines a help text may wrap onto before it is cut: a suggestion is a sentence or two, not a page.</summary>
    private const int MaxHelpLines = 4;

    private readonly AnsiStyle _style;

    /// <summary>Creates the writer; the caller decides on colour because only it knows the terminal and NO_COLOR.</summary>
    public TextReportWriter(bool useColor = false) => _style = new AnsiStyle(useColor);

    /// <summary>True when the output carries ANSI colours.</summary>
    public bool UseColor => _style.Enabled;

    /// <inheritdoc />
    public void Write(RunResult result, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);

        foreach (var report in result.Reports)
        {
            WriteDraft(report, output);
        }

        foreach (var problem in result.Problems)
        {
            errors.WriteLine(ReportText.ProblemLine(problem, _style));
        }

        var totals = SeverityCounts.Of(result.Reports);
        var line = $"{ReportText.Plural(result.Reports.Count, "draft", "drafts")} checked: "
            + $"{ReportText.Count(totals.Errors, Severity.Error)}, {ReportText.Count(totals.Warnings, Severity.Warning)}, {ReportText.Count(totals.Infos, Severity.Info)}";
        if (result.Problems.Count > 0)
        {
            line += "; " + ReportText.Plural(result.Problems.Count, "problem", "problems");
        }

        output.WriteLine(line);
    }

    private void WriteDraft(MessageReport report, TextWriter output)
    {
        var path = ReportText.DisplayPath(report.Document.Path);
        var shown = false;
        foreach (var diagnostic in report.Visible)
        {
            WriteDiagnostic(report.Document, path, diagnostic, output);
            output.WriteLine();
            shown = true;
        }

        output.WriteLine(DraftSummary(path, report));
        if (shown)
        {
            output.WriteLine();
        }
    }

    private void WriteDiagnostic(MessageDocument document, string path, Diagnostic diagnostic, TextWriter output)
    {
        var severity = diagnostic.Severity;
        var start = diagnostic.Location.Start;
        var location = _style.Bold($"{path}:{ReportText.Position(start)}:");
        var label = _style.Strong(severity, $"{severity.ToName()} {diagnostic.Id}");
        output.WriteLine($"{location} {label}: {ReportText.SingleLine(ShortMessage(diagnostic))}");

        var lineSpan = document.Lines.GetLineSpan(start.Line, includeBreak: false);
        var line = document.Text.AsSpan(lineSpan.Start, lineSpan.Length);
        var column = Math.Min(start.Character, line.Length);

        // A span that runs onto later lines is underlined to the end of its first line.
        var end = diagnostic.Location.End.Line == start.Line ? Math.Clamp(diagnostic.Location.End.Character, column, line.Length) : line.Length;

        var excerpt = SourceExcerpt.Of(line, column, end);
        var number = (start.Line + 1).ToString(CultureInfo.InvariantCulture);
        var gutter = new string(' ', number.Length);
        output.WriteLine(excerpt.Text.Length == 0 ? $"{number} |" : $"{number} | {excerpt.Text}");
        output.WriteLine($"{gutter} | {new string(' ', excerpt.Indent)}{_style.Colour(severity, "^" + new string('~', excerpt.Width - 1))}");
        foreach (var suggestion in diagnostic.Suggestions)
        {
            var help = DisplayWidth.Wrap(ReportText.SingleLine(DisplayWidth.Shorten(SuggestionText(suggestion), SourceExcerpt.MaxWidth * MaxHelpLines)), SourceExcerpt.MaxWidth, MaxHelpLines);
            output.WriteLine($"{gutter} = help: {help[0]}");
            foreach (var continuation in help.Skip(1))
            {
                output.WriteLine($"{gutter}         {continuation}");
            }
        }

        output.WriteLine($"{gutter} = note: {diagnostic.Descriptor.HelpUri}");
    }

    /// <summary>
    /// The message with each quoted piece of the draft cut to <see cref="MaxQuoteWidth"/> columns: a rule that
    /// quotes a sentence must not print a whole pasted wall of text, and the advice after the quote stays whole.
    /// </summary>
    private static string ShortMessage(Diagnostic diagnostic)
    {
        var arguments = diagnostic.Arguments.Select(a => a is string text ? DisplayWidth.Shorten(text, MaxQuoteWidth) : a).ToList();
        return diagnostic.Descriptor.FormatMessage(diagnostic.Language, arguments);
    }

    /// <summary>The suggestion's title and then its text, unless the title already shows it.</summary>
    private static string SuggestionText(Suggestion suggestion)
        => SuggestionDisplay.TextAfterTitle(suggestion.Title, suggestion.ReplacementText) is { } text ? $"{suggestion.Title}: {text}" : suggestion.Title;

    private static string DraftSummary(string path, MessageReport report)
    {
        var counts = SeverityCounts.Of(report);
        var parts = new List<string>();
        if (counts.Errors > 0)
        {
            parts.Add(ReportText.Count(counts.Errors, Severity.Error));
        }

        if (counts.Warnings > 0)
        {
            parts.Add(ReportText.Count(counts.Warnings, Severity.Warning));
        }

        if (counts.Infos > 0)
        {
            parts.Add(ReportText.Count(counts.Infos, Severity.Info));
        }

        if (parts.Count == 0)
        {
            parts.Add("no findings");
        }

        if (counts.Suppressed > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{counts.Suppressed} suppressed"));
        }

        var summary = string.Create(CultureInfo.InvariantCulture, $"{path}: score {report.Score.Overall}/100 — {string.Join(", ", parts)}");
        var lowered = report.Score.ByPrinciple
            .Where(p => p.Value < 100)
            .OrderBy(p => p.Key)
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"P{(int)p.Key} {p.Value}"))
            .ToList();
        return lowered.Count == 0 ? summary : $"{summary} ({string.Join(", ", lowered)})";
    }
}
