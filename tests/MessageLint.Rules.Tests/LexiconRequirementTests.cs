using MessageLint.Core.Lexicons;
using MessageLint.Rules.Infrastructure;

namespace MessageLint.Rules.Tests;

/// <summary>
/// Literals every match of an expression must contain let a lexicon skip sentences without them. They are read
/// only where nothing can make them optional; <see cref="LexiconAnchorTests.Indexed_lexicons_match_exactly_like_plain_ones"/>
/// checks on the whole corpus that the skipping never changes a match.
/// </summary>
public sealed class LexiconRequirementTests
{
    [Theory]
    [InlineData("\\b(\\p{L}{4,}[ыи])\\s+такие\\s+\\1\\b", "такие")]
    [InlineData("(?:его|ее|их)\\s+(?:дергать|отвлекать|беспокоить)\\s+не\\s+(?:будем|буду|стоит|надо)", "дергать|отвлекать|беспокоить;будем|буду|стоит|надо")]
    [InlineData("[$€£]\\s?\\d[\\d,.]*", "$|€|£")]
    [InlineData("(?:^|[:;]\\s*)no\\s+push\\s?-?back(?=\\s*[,.!;])", "push;back")]
    [InlineData("Клиент\\p{L}*\\s+опять", "клиент;опять")]
    [InlineData("(?:(?:особ|отдельн)\\w*\\s+место)\\s+в\\s+аду", "особ|отдельн;место;аду")]
    [InlineData("worst\\s+clients?", "worst;client")]
    [InlineData("a{2}hh+ (?:ok)", "")]
    [InlineData("такие|сякие", "такие|сякие")]
    [InlineData("(?:такие\\s+|иные\\s+)\\w+", "такие|иные")]
    [InlineData("(?:можно\\s+ли|что\\s+можно|\\p{L}+\\s+можно\\s+снимать)", "можно|снимать")]
    public void Requires_what_every_match_contains(string expression, string expected)
    {
        var required = LexiconRequirements.ForExpression(expression);

        var expectedSets = expected.Length == 0 ? [] : expected.Split(';').Select(set => set.Split('|')).ToArray();
        Assert.Equal(
            expectedSets.Select(set => string.Join('|', set.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal),
            required.Select(set => string.Join('|', set.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("такие|\\w+")]
    [InlineData("(?:такие|ок)\\s+x")]
    [InlineData("(?:такие)?\\s+клиенты?")]
    [InlineData("(?:такие)*\\s+x")]
    [InlineData("(?=[^.]*такие)\\w+")]
    [InlineData("(?<!такие\\s)\\w+")]
    [InlineData("(?!такие)\\w+")]
    [InlineData("(?<name>такие)\\s+\\w+")]
    [InlineData("(?x)такие # comment")]
    [InlineData("[^$€£]\\d")]
    [InlineData("[a-z]+")]
    [InlineData("клиенты{0,1}")]
    public void Requires_nothing_it_cannot_be_sure_of(string expression)
    {
        var required = LexiconRequirements.ForExpression(expression).SelectMany(set => set).ToList();

        Assert.DoesNotContain("такие", required);
        Assert.DoesNotContain("иные", required);
        Assert.DoesNotContain("$", required);
        Assert.DoesNotContain("клиенты", required);
        Assert.DoesNotContain("abc", required);
    }

    [Fact]
    public void A_sentence_without_the_required_word_is_not_searched_and_one_with_it_is()
    {
        var lexicon = LexiconStore.Get("ru", "ML3001.jab");
        var chunk = Enumerable.Range(0, lexicon.ChunkCount).Single(c => lexicon.ChunkSource(c).Pattern.Contains("такие\\s+\\1", StringComparison.Ordinal));

        Assert.Contains(lexicon.ChunkRequirements(chunk), set => set.Contains("такие"));
        Assert.True(lexicon.IsMatch("Ну а клиенты такие клиенты, что поделать."));
        Assert.True(lexicon.IsMatch("Ну а КЛИЕНТЫ ТАКИЕ КЛИЕНТЫ, что поделать."));
    }

    [Fact]
    public void Most_built_in_expressions_have_a_requirement()
    {
        var expressions = EmbeddedRuleResources.ResourceNames
            .Where(n => n.StartsWith("lexicons/", StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal) && n.Count(c => c == '/') == 2)
            .SelectMany(n => Lexicon.ExpressionSources(EmbeddedRuleResources.Read(n)!))
            .ToList();
        var withRequirement = expressions.Count(e => LexiconRequirements.ForExpression(e).Length > 0);

        Assert.True(expressions.Count > 1000);
        Assert.True(withRequirement * 4 > expressions.Count * 3, $"{withRequirement} of {expressions.Count} expressions have a requirement");
    }
}
