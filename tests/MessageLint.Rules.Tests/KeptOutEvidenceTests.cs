using MessageLint.Core.Engine;
using MessageLint.Core.Text;

namespace MessageLint.Rules.Tests;

/// <summary>
/// ML1002 reports a phrase that keeps someone out of the talk only with support, and its evidence names both the
/// phrase and the words that say that person accepts the result, so a reader sees why a soft phrase was reported.
/// </summary>
public sealed class KeptOutEvidenceTests
{
    [Theory]
    [InlineData("I don't think we need Mark on the call, even though he's the one signing off on the design.", "I don't think we need Mark on the call", "he's the one signing off")]
    [InlineData("Давайте не будем дёргать Сергея Петровича, хоть он и будет принимать. Спросите у него сами.", "Давайте не будем дёргать", "будет принимать")]
    public void The_evidence_names_the_phrase_and_who_accepts_the_result(string text, string phrase, string approver)
    {
        var finding = Assert.Single(Check(text), d => d.Id == "ML1002");

        var details = finding.Evidence.Where(e => e.Kind == "phrase").Select(e => e.Detail).ToList();
        Assert.Equal(2, details.Count);
        Assert.Equal(phrase, details[0]);
        Assert.Contains(approver, details[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I don't think we need Mark on the call.")]
    [InlineData("Давайте не будем дёргать, пусть отдыхает.")]
    public void The_phrase_alone_with_no_one_accepting_the_result_is_not_reported(string text)
    {
        Assert.DoesNotContain(Check(text), d => d.Id == "ML1002");
    }

    private static IReadOnlyList<Core.Diagnostics.Diagnostic> Check(string text)
        => RuleTestEngine.Instance.Analyze(MessageDocument.Parse(text), new LintSettings()).Diagnostics;
}
