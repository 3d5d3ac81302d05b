using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Tests.TestRules;
using MessageLint.Core.Text;

namespace MessageLint.Core.Tests.Suppression;

public sealed class SuppressionTests
{
    private static readonly LintEngine Engine = new([new UrgentWordRule(), new ExclamationRunRule()]);

    private static MessageReport Check(string text, DocumentFormat format = DocumentFormat.PlainText)
        => Engine.Analyze(MessageDocument.Parse(text, format));

    /// <summary>Each urgent word in text order, marked "+" when reported and "-" when suppressed.</summary>
    private static string Marks(MessageReport report)
        => string.Concat(report.Diagnostics.Where(d => d.Id == UrgentWordRule.Id).Select(d => d.IsSuppressed ? '-' : '+'));

    [Theory]
    // disable … enable for one rule, in both forms
    [InlineData("Срочно. <!-- messagelint-disable ML7901 --> Срочно. <!-- messagelint-enable ML7901 --> Срочно.", "+-+")]
    [InlineData("Срочно. [messagelint-disable ML7901] Срочно. [messagelint-enable ML7901] Срочно.", "+-+")]
    // disable … enable for all rules
    [InlineData("asap. <!-- messagelint-disable --> asap. <!-- messagelint-enable --> asap.", "+-+")]
    [InlineData("asap. [messagelint-disable] asap. [messagelint-enable] asap.", "+-+")]
    // an enable of all rules ends a disable of one
    [InlineData("asap. [messagelint-disable ML7901] asap. [messagelint-enable] asap.", "+-+")]
    // an enable of another rule does not end it, nor does an enable of one rule end a disable of all
    [InlineData("asap. [messagelint-disable ML7901] asap. [messagelint-enable ML7902] asap.", "+--")]
    [InlineData("asap. [messagelint-disable] asap. [messagelint-enable ML7901] asap.", "+--")]
    // a disable without enable lasts to the end; a disable of another rule silences nothing here
    [InlineData("asap.\n[messagelint-disable ML7901]\nasap.\n\nasap.", "+--")]
    [InlineData("asap. [messagelint-disable ML7902] asap.", "++")]
    // disable-next-line: the next line with prose, skipping blank lines and lines holding only directives
    [InlineData("[messagelint-disable-next-line ML7901]\nСрочно пришлите.\nСрочно.", "-+")]
    [InlineData("<!-- messagelint-disable-next-line ML7901 -->\n\n\nСрочно пришлите.\nСрочно.", "-+")]
    [InlineData("<!-- messagelint-disable-next-line ML7901 -->\r\n\r\nСрочно пришлите.\r\nСрочно.", "-+")]
    [InlineData("[messagelint-disable-next-line]\n[messagelint-disable-next-line ML7902]\nasap\nasap", "-+")]
    [InlineData("asap [messagelint-disable-next-line ML7901]\nasap\nasap", "+-+")]
    // disable-line: the directive's own line only
    [InlineData("Срочно нужно [messagelint-disable-line ML7901]\nСрочно.", "-+")]
    [InlineData("asap\nasap <!-- messagelint-disable-line -->\nasap", "+-+")]
    public void Directives_silence_exactly_the_diagnostics_in_their_scope(string text, string expected)
    {
        Assert.Equal(expected, Marks(Check(text)));
    }

    [Fact]
    public void Markdown_drafts_take_the_html_comment_form_on_its_own_line()
    {
        var report = Check("Срочно.\n\n<!-- messagelint-disable-next-line ML7901 -- client's wording -->\nСрочно, пожалуйста.\n\nСрочно.", DocumentFormat.Markdown);

        Assert.Equal("+-+", Marks(report));
    }

    [Fact]
    public void The_justification_is_kept_on_the_suppressed_diagnostic()
    {
        var report = Check("Срочно! [messagelint-disable-line ML7901 -- цитирую клиента]");

        var diagnostic = Assert.Single(report.Diagnostics);
        Assert.True(diagnostic.IsSuppressed);
        Assert.Equal("цитирую клиента", diagnostic.SuppressionJustification);
    }

    [Fact]
    public void A_disable_silences_each_rule_it_names_and_no_other()
    {
        var report = Check("asap!!! [messagelint-disable-line ML7902]");

        Assert.False(report.Diagnostics.Single(d => d.Id == UrgentWordRule.Id).IsSuppressed);
        Assert.True(report.Diagnostics.Single(d => d.Id == ExclamationRunRule.Id).IsSuppressed);
        Assert.DoesNotContain(report.Diagnostics, d => d.Id == EngineDiagnostics.UnusedSuppression.Id);
    }

    [Theory]
    [InlineData("Всё готово. [messagelint-disable-line ML7901]", "ML7901")]
    [InlineData("Всё готово. <!-- messagelint-disable ML7901 -->", "ML7901")]
    [InlineData("[messagelint-disable-next-line ML7902]\nasap", "ML7902")]
    [InlineData("Всё готово. [messagelint-disable]", "all rules")]
    public void A_directive_that_silences_nothing_is_reported_as_unused(string text, string argument)
    {
        var report = Check(text);

        var unused = Assert.Single(report.Diagnostics, d => d.Id == EngineDiagnostics.UnusedSuppression.Id);
        Assert.Equal(argument, unused.Arguments[0]);
        Assert.Equal(Severity.Info, unused.Severity);
        Assert.Equal(report.Document.Directives[0].Span, unused.Span);
    }

    [Fact]
    public void A_directive_naming_two_rules_reports_only_the_unused_one()
    {
        var report = Check("asap [messagelint-disable-line ML7901, ML7902]");

        var unused = Assert.Single(report.Diagnostics, d => d.Id == EngineDiagnostics.UnusedSuppression.Id);
        Assert.Equal(ExclamationRunRule.Id, unused.Arguments[0]);
    }

    [Fact]
    public void A_directive_naming_an_unknown_rule_is_reported_and_not_also_as_unused()
    {
        var report = Check("asap [messagelint-disable-line ML9999, ML7901]");

        var unknown = Assert.Single(report.Diagnostics, d => d.Id == EngineDiagnostics.UnknownRuleInSuppression.Id);
        Assert.Equal("ML9999", unknown.Arguments[0]);
        Assert.Equal(Severity.Warning, unknown.Severity);
        Assert.DoesNotContain(report.Diagnostics, d => d.Id == EngineDiagnostics.UnusedSuppression.Id);
        Assert.Equal("-", Marks(report));
    }

    [Fact]
    public void Suppressed_diagnostics_do_not_count_in_the_score_or_fail_the_run()
    {
        var suppressed = Check("Срочно нужно. [messagelint-disable-line ML7901 -- quoting]");
        var reported = Check("Срочно нужно.");

        Assert.Single(suppressed.Diagnostics);
        Assert.Empty(suppressed.Visible);
        Assert.Equal(100, suppressed.Score.Overall);
        Assert.Equal(100, suppressed.Score.ByPrinciple[Principle.RaiseProblemsDelicately]);
        Assert.False(suppressed.Fails(Severity.Warning));
        Assert.False(suppressed.Fails(Severity.Info));

        Assert.Equal(75, reported.Score.Overall);
        Assert.True(reported.Fails(Severity.Warning));
    }

    [Fact]
    public void Directive_text_is_not_read_as_prose()
    {
        var report = Check("Всё готово [messagelint-disable-line ML7901 -- срочно просили asap]");

        Assert.DoesNotContain(report.Diagnostics, d => d.Id == UrgentWordRule.Id);
        Assert.Single(report.Diagnostics, d => d.Id == EngineDiagnostics.UnusedSuppression.Id);
    }
}
