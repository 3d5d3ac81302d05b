using CsCheck;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;
using MessageLint.Properties.Tests.Support;

namespace MessageLint.Properties.Tests;

/// <summary>
/// Inline suppression round-trips: a disable-next-line directive put above a line with a finding
/// silences that rule's findings on that line and changes nothing else, and taking the directive out
/// brings the report back exactly. The comparison is against the same draft with a line of spaces in
/// place of the directive, so both read the same prose and only the directive differs.
/// </summary>
public sealed class SuppressionProperties
{
    private static readonly Gen<(string[] Lines, DocumentFormat Format, string NewLine, int Pick)> Inputs = Gen.Select(
        HostileText.LinesWithFindings,
        Gen.OneOf(DocumentFormat.PlainText, DocumentFormat.Markdown),
        Gen.OneOf("\n", "\r\n", "\r"),
        Gen.Int[0, 1000]);

    [Fact]
    public void A_disable_next_line_directive_above_a_finding_suppresses_it_and_removing_it_restores_it()
    {
        var checkedCount = 0;
        Inputs.Sample(input =>
        {
            if (CheckRoundTrip(input.Lines, input.Format, input.NewLine, input.Pick))
            {
                Interlocked.Increment(ref checkedCount);
            }
        }, iter: Samples.Some);

        // Most generated drafts have a finding whose line reads the same with and without the directive.
        Assert.True(checkedCount >= Samples.Some / 4, $"Only {checkedCount} of {Samples.Some} drafts exercised the property.");
    }

    private static bool CheckRoundTrip(string[] lines, DocumentFormat format, string newLine, int pick)
    {
        var text = string.Join(newLine, lines) + newLine;
        var original = EngineProperties.Analyze(text, format, LintSettings.Default);
        var candidates = original.Visible.Where(d => !d.Id.StartsWith("ML0", StringComparison.Ordinal)).ToList();
        if (candidates.Count == 0)
        {
            return false;
        }

        var target = candidates[pick % candidates.Count];
        var line = target.Location.Start.Line;
        var lineStart = original.Document.Lines.GetLineSpan(line, includeBreak: false).Start;
        var directive = format == DocumentFormat.Markdown
            ? $"<!-- messagelint-disable-next-line {target.Id} -->"
            : $"[messagelint-disable-next-line {target.Id}]";
        var withDirective = text.Insert(lineStart, directive + newLine);
        var control = text.Insert(lineStart, new string(' ', directive.Length) + newLine);
        var suppressed = EngineProperties.Analyze(withDirective, format, LintSettings.Default);
        var unsuppressed = EngineProperties.Analyze(control, format, LintSettings.Default);
        if (suppressed.Document.Prose != unsuppressed.Document.Prose
            || !suppressed.Document.Sentences.Select(s => s.Span).SequenceEqual(unsuppressed.Document.Sentences.Select(s => s.Span)))
        {
            // The directive changed how the draft is read (an unclosed comment or list around it): nothing to compare.
            return false;
        }

        var targetLine = unsuppressed.Document.Lines.GetLineSpan(line + 1, includeBreak: true);
        if (!unsuppressed.Visible.Any(d => d.Id == target.Id && targetLine.Contains(d.Span.Start)))
        {
            // The line above changed how the target line is read (an indented line became code): nothing to suppress.
            return false;
        }

        if (unsuppressed.Diagnostics.Any(d => d.Id == target.Id && d.IsSuppressed && targetLine.Contains(d.Span.Start)))
        {
            // A directive already in the draft suppresses a finding on that line too; the new one takes its work, and the
            // old one may rightly become an unused suppression (ML0100): not the round trip this property is about.
            return false;
        }

        var expected = unsuppressed.Diagnostics
            .Select(d => (d.Id, d.Span, Suppressed: d.IsSuppressed || (d.Id == target.Id && targetLine.Contains(d.Span.Start))))
            .ToList();
        var actual = suppressed.Diagnostics.Select(d => (d.Id, d.Span, Suppressed: d.IsSuppressed)).ToList();
        Assert.Equal(expected, actual);
        Assert.Contains(actual, d => d.Suppressed && d.Id == target.Id && targetLine.Contains(d.Span.Start));

        var restored = EngineProperties.Analyze(withDirective.Remove(lineStart, directive.Length + newLine.Length), format, LintSettings.Default);
        Assert.Equal(EngineProperties.Describe(original), EngineProperties.Describe(restored));
        return true;
    }
}
