using MessageLint.Core.Diagnostics;

namespace MessageLint.Core.Tests.Diagnostics;

public sealed class SuggestionDisplayTests
{
    [Theory]
    [InlineData("Заменить на «.»", ".")]
    [InlineData("Предложить свой вариант с причиной: «Предлагаю X, потому что Y»", "Предлагаю X, потому что Y.")]
    [InlineData("Добавить конкретный срок: «… — пришлю до <день, время>»", " — пришлю до <день, время>")]
    [InlineData("Add a time: \"… — I'll send it by <day, time>\"", " — I'll send it by <day, time>")]
    [InlineData("Replace with a dash", "—")]
    [InlineData("Remove the word", "")]
    [InlineData("Remove the word", null)]
    public void A_title_that_already_shows_the_text_or_no_text_leaves_nothing_to_add(string title, string? newText)
        => Assert.Null(SuggestionDisplay.TextAfterTitle(title, newText));

    [Theory]
    [InlineData("Напомнить без упрёка", "Напомню", "Напомню")]
    [InlineData("Name a date", " by Friday ", "by Friday")]
    [InlineData("Add a time: «by Friday»", " — by Monday.", "— by Monday.")]
    public void A_title_without_the_text_is_followed_by_it_trimmed(string title, string newText, string expected)
        => Assert.Equal(expected, SuggestionDisplay.TextAfterTitle(title, newText));
}
