using System.Text;
using CsCheck;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;
using MessageLint.Properties.Tests.Support;

namespace MessageLint.Properties.Tests;

/// <summary>
/// Automatic fixes are safe to apply blindly: each edits exactly the span it reports and nothing
/// around it, keeps well-formed text well-formed, and fixing converges, so fixing a fixed draft
/// changes nothing (what <c>check --fix</c> relies on when it runs twice).
/// </summary>
public sealed class FixProperties
{
    /// <summary>The passes <c>check --fix</c> makes before it writes the file.</summary>
    private const int CliFixPasses = 5;

    private static readonly Gen<(string Text, DocumentFormat Format)> Inputs = Gen.Select(
        Gen.Frequency(
            (1, HostileText.Draft),
            (2, Gen.Select(HostileText.LinesWithFindings, HostileText.LineBreak, (lines, newLine) => string.Join(newLine, lines)))),
        Gen.OneOf(DocumentFormat.PlainText, DocumentFormat.Markdown, DocumentFormat.Email));

    [Fact]
    public void Applying_one_automatic_fix_changes_exactly_the_span_it_reports()
        => Inputs.Sample(input =>
        {
            var report = EngineProperties.Analyze(input.Text, input.Format, LintSettings.Default);
            foreach (var diagnostic in report.Visible)
            {
                foreach (var suggestion in diagnostic.Suggestions.Where(s => s.IsAutomatic))
                {
                    Assert.All(suggestion.Edits, e => Assert.True(diagnostic.Span.Contains(e.Span), $"{diagnostic.Id} edit {e.Span} lies outside its span {diagnostic.Span}."));
                    var (fixedText, applied) = FixApplier.Apply(input.Text, [diagnostic with { Suggestions = [suggestion] }]);
                    Assert.Equal(1, applied);
                    Assert.Equal(Splice(input.Text, suggestion.Edits), fixedText);
                    if (SpanAssert.IsWellFormed(input.Text))
                    {
                        Assert.True(SpanAssert.IsWellFormed(fixedText), $"{diagnostic.Id}'s fix broke a surrogate pair.");
                    }
                }
            }
        }, iter: Samples.Some);

    [Fact]
    public void Fixing_converges_within_the_passes_check_makes_and_fixing_again_changes_nothing()
        => Inputs.Sample(input =>
        {
            var (once, passes) = FixUntilStable(input.Text, input.Format);
            Assert.True(passes <= CliFixPasses, $"Fixes needed {passes} passes; check --fix makes {CliFixPasses}.");
            var (twice, more) = FixUntilStable(once, input.Format);
            Assert.Equal(0, more);
            Assert.Equal(once, twice);
        }, iter: Samples.Some);

    private static (string Text, int Passes) FixUntilStable(string text, DocumentFormat format)
    {
        for (var pass = 0; pass <= 2 * CliFixPasses; pass++)
        {
            var report = EngineProperties.Analyze(text, format, LintSettings.Default);
            var (fixedText, applied) = FixApplier.Apply(text, report.Diagnostics);
            if (applied == 0)
            {
                return (text, pass);
            }

            text = fixedText;
        }

        Assert.Fail($"Fixes did not converge in {2 * CliFixPasses} passes.");
        return (text, int.MaxValue);
    }

    private static string Splice(string text, IReadOnlyList<TextEdit> edits)
    {
        var builder = new StringBuilder(text);
        foreach (var edit in edits.OrderByDescending(e => e.Span.Start))
        {
            builder.Remove(edit.Span.Start, edit.Span.Length).Insert(edit.Span.Start, edit.NewText);
        }

        return builder.ToString();
    }
}
