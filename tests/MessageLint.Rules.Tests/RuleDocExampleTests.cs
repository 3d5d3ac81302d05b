using MessageLint.Core.Engine;
using MessageLint.Core.Text;
using MessageLint.Rules.Infrastructure;
using MessageLint.Testing;

namespace MessageLint.Rules.Tests;

/// <summary>Every fenced example in every rule doc is a test: marked spans must be reported exactly, unmarked text must stay silent.</summary>
public sealed class RuleDocExampleTests
{
    public static TheoryData<RuleDocExample> Examples()
    {
        var data = new TheoryData<RuleDocExample>();
        foreach (var name in EmbeddedRuleResources.DocNames.Where(n => n.StartsWith("rules/ML", StringComparison.Ordinal)))
        {
            foreach (var example in RuleDocParser.Parse(EmbeddedRuleResources.Read(name)!).Examples)
            {
                data.Add(example);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_reports_exactly_the_marked_spans(RuleDocExample example) => Check(example, RuleTestEngine.Instance);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_reports_exactly_the_marked_spans_with_the_model_on(RuleDocExample example) => Check(example, RuleTestEngine.WithModel);

    private static void Check(RuleDocExample example, LintEngine engine)
    {
        var marked = MessageMarkup.Parse(example.Markup);
        var format = string.Equals(example.Format, "markdown", StringComparison.OrdinalIgnoreCase) ? DocumentFormat.Markdown : DocumentFormat.PlainText;
        var document = MessageDocument.Parse(marked.Text, format);
        var settings = new LintSettings(profile: example.Profile);

        var report = engine.Analyze(document, settings);

        Assert.Equal(example.Language, document.Language.ToCode());
        var actual = report.Diagnostics
            .Where(d => d.Id == example.RuleId && !d.IsSuppressed)
            .Select(d => Describe(marked.Text, d.Span))
            .ToList();
        var expected = marked.Expected
            .Where(e => e.RuleId is null)
            .Select(e => Describe(marked.Text, e.Span))
            .ToList();
        Assert.Equal(expected, actual);

        foreach (var other in marked.Expected.Where(e => e.RuleId is not null))
        {
            Assert.Contains(report.Diagnostics, d => d.Id == other.RuleId && d.Span == other.Span);
        }
    }

    private static string Describe(string text, TextSpan span) => $"{span} \"{text.Substring(span.Start, span.Length)}\"";
}
