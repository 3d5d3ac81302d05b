using MessageLint.Core.Text;

namespace MessageLint.Core.Tests.Text;

public sealed class PlainTextExclusionTests
{
    [Theory]
    [InlineData("> старый текст клиента\nМой ответ тут.", "                      \nМой ответ тут.", new[] { "Мой ответ тут." })]
    [InlineData("   > indented quote\nТекст", "                   \nТекст", new[] { "Текст" })]
    [InlineData("a > b is true", "a > b is true", new[] { "a > b is true" })]
    [InlineData("Смотрите https://example.com/page?id=1. Там всё есть", "Смотрите                              . Там всё есть", new[] { "Смотрите https://example.com/page?id=1.", "Там всё есть" })]
    [InlineData("See www.example.com. Then call", "See                . Then call", new[] { "See www.example.com.", "Then call" })]
    [InlineData("Зайди на сайт (https://site.ru/a_b). Там прайс", "Зайди на сайт (                   ). Там прайс", new[] { "Зайди на сайт (https://site.ru/a_b).", "Там прайс" })]
    [InlineData("Пишите на anna@example.com, отвечу", "Пишите на                 , отвечу", new[] { "Пишите на anna@example.com, отвечу" })]
    [InlineData("Email me: a.b+c@mail.co.uk!", "Email me:                 !", new[] { "Email me: a.b+c@mail.co.uk!" })]
    [InlineData("@ivan_petrov посмотри пожалуйста", "             посмотри пожалуйста", new[] { "посмотри пожалуйста" })]
    [InlineData("Спасибо, @anna.", "Спасибо,      .", new[] { "Спасибо, @anna." })]
    [InlineData("Запустите `npm install` и ждите", "Запустите               и ждите", new[] { "Запустите `npm install` и ждите" })]
    [InlineData("Код:\n```\nvar x = 1. y = 2.\n```\nГотово", "Код:\n   \n                 \n   \nГотово", new[] { "Код:", "Готово" })]
    [InlineData("Код:\n```js\nunclosed. fence.", "Код:\n     \n                ", new[] { "Код:" })]
    [InlineData("Hi <!-- note --> there", "Hi               there", new[] { "Hi <!-- note --> there" })]
    public void Chat_prose_hides_quotes_addresses_and_code(string text, string expectedProse, string[] expectedSentences)
    {
        var document = MessageDocument.Parse(text);

        DocumentInvariants.AssertHold(document);
        Assert.Equal(expectedProse, document.Prose);
        Assert.Equal(expectedSentences, DocumentInvariants.SentenceTexts(document));
    }

    [Theory]
    [InlineData("> quoted\nmine", ExcludedRegionKind.Quote, "> quoted")]
    [InlineData("see https://example.com/a.", ExcludedRegionKind.Url, "https://example.com/a")]
    [InlineData("write anna@example.com", ExcludedRegionKind.Email, "anna@example.com")]
    [InlineData("ask @ivan_p", ExcludedRegionKind.Mention, "@ivan_p")]
    [InlineData("run `make` now", ExcludedRegionKind.Code, "`make`")]
    [InlineData("code:\r\n```\r\nx\r\n```\r\nend", ExcludedRegionKind.Code, "```\r\nx\r\n```")]
    [InlineData("text [messagelint-disable ML1001] more", ExcludedRegionKind.Directive, "[messagelint-disable ML1001]")]
    public void Chat_drafts_record_why_each_region_is_hidden(string text, ExcludedRegionKind kind, string expectedRaw)
    {
        var document = MessageDocument.Parse(text);

        DocumentInvariants.AssertHold(document);
        var region = Assert.Single(document.ExcludedRegions, r => r.Kind == kind);
        Assert.Equal(expectedRaw, document.Text.Substring(region.Span.Start, region.Span.Length));
    }

    [Fact]
    public void An_email_address_is_not_also_taken_for_a_mention()
    {
        var document = MessageDocument.Parse("write anna@example.com");

        Assert.DoesNotContain(document.ExcludedRegions, r => r.Kind == ExcludedRegionKind.Mention);
    }
}
