using MessageLint.Core.Suppression;

namespace MessageLint.Core.Tests.Suppression;

public sealed class SuppressionDirectiveParserTests
{
    [Theory]
    [InlineData("<!-- messagelint-disable ML7901 -- quoting the client -->", SuppressionDirectiveKind.Disable, "ML7901", "quoting the client")]
    [InlineData("<!-- messagelint-disable -->", SuppressionDirectiveKind.Disable, "", null)]
    [InlineData("<!--messagelint-disable-->", SuppressionDirectiveKind.Disable, "", null)]
    [InlineData("<!-- messagelint-disable -- whole reply is a quote -->", SuppressionDirectiveKind.Disable, "", "whole reply is a quote")]
    [InlineData("<!-- messagelint-enable ML7901 -->", SuppressionDirectiveKind.Enable, "ML7901", null)]
    [InlineData("<!-- messagelint-enable -->", SuppressionDirectiveKind.Enable, "", null)]
    [InlineData("<!-- messagelint-disable-next-line ML7901, ml7902 -->", SuppressionDirectiveKind.DisableNextLine, "ML7901 ML7902", null)]
    [InlineData("<!-- MessageLint-Disable-Line ML7901 -- клиент просил -->", SuppressionDirectiveKind.DisableLine, "ML7901", "клиент просил")]
    [InlineData("<!-- messagelint-disable ML7901 --  -->", SuppressionDirectiveKind.Disable, "ML7901", null)]
    [InlineData("[messagelint-disable ML7901 -- цитата клиента]", SuppressionDirectiveKind.Disable, "ML7901", "цитата клиента")]
    [InlineData("[messagelint-disable]", SuppressionDirectiveKind.Disable, "", null)]
    [InlineData("[messagelint-enable ML7901]", SuppressionDirectiveKind.Enable, "ML7901", null)]
    [InlineData("[messagelint-disable-next-line ML7901 ML7902]", SuppressionDirectiveKind.DisableNextLine, "ML7901 ML7902", null)]
    [InlineData("[messagelint-disable-line ml7901 -- ok]", SuppressionDirectiveKind.DisableLine, "ML7901", "ok")]
    public void Directives_of_both_forms_give_kind_rules_and_justification(string text, SuppressionDirectiveKind kind, string ids, string? justification)
    {
        var directive = Assert.Single(SuppressionDirectiveParser.Parse("Text " + text + " more"));

        Assert.Equal(kind, directive.Kind);
        Assert.Equal(ids.Split(' ', StringSplitOptions.RemoveEmptyEntries), directive.RuleIds);
        Assert.Equal(justification, directive.Justification);
        Assert.Equal(5, directive.Span.Start);
        Assert.Equal(text.Length, directive.Span.Length);
    }

    [Theory]
    [InlineData("no directive here")]
    [InlineData("<!-- messagelint-disabled -->")]
    [InlineData("<!-- messagelint-disableML7901 -->")]
    [InlineData("[messagelint-disableML7901]")]
    [InlineData("messagelint-disable ML7901")]
    [InlineData("[messagelint-disable ML7901\n]")]
    [InlineData("<!-- eslint-disable -->")]
    public void Text_that_only_looks_like_a_directive_is_not_one(string text)
    {
        Assert.Empty(SuppressionDirectiveParser.Parse(text));
    }

    [Fact]
    public void Directives_are_returned_in_text_order()
    {
        var directives = SuppressionDirectiveParser.Parse("[messagelint-disable A1] x <!-- messagelint-enable A1 --> y [messagelint-disable-line]");

        Assert.Equal(
            new[] { SuppressionDirectiveKind.Disable, SuppressionDirectiveKind.Enable, SuppressionDirectiveKind.DisableLine },
            directives.Select(d => d.Kind));
    }

    [Fact]
    public void A_directive_without_rule_ids_covers_every_rule()
    {
        var all = Assert.Single(SuppressionDirectiveParser.Parse("[messagelint-disable]"));
        var one = Assert.Single(SuppressionDirectiveParser.Parse("[messagelint-disable ML7901]"));

        Assert.True(all.Covers("ML1234"));
        Assert.True(one.Covers("ml7901"));
        Assert.False(one.Covers("ML7902"));
    }
}
