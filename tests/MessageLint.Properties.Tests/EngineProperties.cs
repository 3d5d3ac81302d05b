using CsCheck;
using MessageLint.Core.Configuration;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;
using MessageLint.Properties.Tests.Support;

namespace MessageLint.Properties.Tests;

/// <summary>
/// The engine with every built-in rule holds for any input: no rule fails (a failure would surface
/// as ML0006), every diagnostic lies inside the text at the line and column it claims, and the
/// diagnostics come out in text order.
/// </summary>
public sealed class EngineProperties
{
    private static readonly LintSettings[] Settings =
    [
        LintSettings.Default,
        new(draftLanguage: MessageLanguage.Russian),
        new(draftLanguage: MessageLanguage.English, messageLanguage: MessageLanguage.Russian),
        new(profile: BuiltInProfiles.PublicPost),
    ];

    private static readonly Gen<(string Text, DocumentFormat Format, LintSettings Settings)> Inputs =
        Gen.Select(HostileText.Draft, Gen.OneOf(DocumentFormat.PlainText, DocumentFormat.Markdown), Gen.OneOf(Settings));

    [Fact]
    public void Any_draft_is_analysed_without_a_rule_failing_and_with_every_diagnostic_inside_the_text()
        => Inputs.Sample(input => AssertReportHolds(Analyze(input.Text, input.Format, input.Settings)), iter: Samples.Many);

    [Fact]
    public void Any_draft_is_analysed_with_the_sentence_model_without_a_rule_failing()
        => Inputs.Sample(input =>
        {
            var parser = new MessageDocumentParser(forcedLanguage: input.Settings.DraftLanguage);
            AssertReportHolds(BuiltInEngine.WithModel.Analyze(parser.Parse(input.Text, input.Format, "draft"), input.Settings));
        }, iter: Samples.Some / 2);

    [Fact]
    public void Drafts_of_thousands_of_lines_are_analysed_without_a_rule_failing()
        => Gen.Select(HostileText.ThousandsOfLines, Gen.OneOf(DocumentFormat.PlainText, DocumentFormat.Markdown))
            .Sample(input => AssertReportHolds(Analyze(input.Item1, input.Item2, LintSettings.Default)), iter: Samples.Few);

    [Fact]
    public void Analysing_the_same_draft_twice_gives_the_same_diagnostics()
        => Inputs.Sample(input =>
        {
            var first = Analyze(input.Text, input.Format, input.Settings);
            var second = Analyze(input.Text, input.Format, input.Settings);
            Assert.Equal(Describe(first), Describe(second));
        }, iter: Samples.Some);

    internal static MessageReport Analyze(string text, DocumentFormat format, LintSettings settings)
    {
        var parser = new MessageDocumentParser(forcedLanguage: settings.DraftLanguage);
        return BuiltInEngine.Instance.Analyze(parser.Parse(text, format, "draft"), settings);
    }

    internal static string[] Describe(MessageReport report)
        => [.. report.Diagnostics.Select(d => $"{d.Id} {d.Span} {d.Severity} suppressed={d.IsSuppressed} {d.GetMessage()}")];

    private static void AssertReportHolds(MessageReport report)
    {
        var failures = report.Diagnostics.Where(d => d.Descriptor == EngineDiagnostics.RuleFailed).Select(d => d.GetMessage()).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        foreach (var diagnostic in report.Diagnostics)
        {
            SpanAssert.Valid(report.Document, diagnostic);
            _ = diagnostic.GetMessage(MessageLanguage.Russian);
            _ = diagnostic.GetMessage(MessageLanguage.English);
        }

        for (var i = 1; i < report.Diagnostics.Count; i++)
        {
            Assert.True(report.Diagnostics[i - 1].Span.Start <= report.Diagnostics[i].Span.Start, "Diagnostics are out of text order.");
        }

        Assert.InRange(report.Score.Overall, 0, 100);
    }
}
