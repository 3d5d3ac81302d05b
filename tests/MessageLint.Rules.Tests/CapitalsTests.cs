using MessageLint.Core.Text;
using MessageLint.Rules.Infrastructure;

namespace MessageLint.Rules.Tests;

/// <summary>A heading in capitals that opens a post is told apart from a line shouted at the reader.</summary>
public sealed class CapitalsTests
{
    [Theory]
    [InlineData("NEW PRICES FROM 1 APRIL: logo 800 EUR.", "NEW PRICES FROM 1 APRIL")]
    [InlineData("WHAT'S NEW IN VERSION 2:\nexport to PDF.", "WHAT'S NEW IN VERSION")]
    [InlineData("ГРАФИК РАБОТЫ В ПРАЗДНИКИ:\nотдыхаем с 31-го.", "ГРАФИК РАБОТЫ В ПРАЗДНИКИ")]
    [InlineData("🎉 ИТОГИ ГОДА: 40 проектов.", "ИТОГИ ГОДА")]
    public void A_heading_that_opens_the_sentence_is_found(string text, string heading)
    {
        // A leading emoji is a sentence of its own, and a line break may end the heading's sentence.
        var sentence = MessageDocument.Parse(text).Sentences.First(s => s.Prose.Contains(heading, StringComparison.Ordinal));
        var end = Capitals.HeadingEnd(sentence);
        Assert.True(end > 0);
        Assert.EndsWith(heading, sentence.Prose[..end], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("STOP CHANGING THE BRIEF: I already said no twice.")]
    [InlineData("PLEASE READ MY MESSAGES: the answer was in the first one.")]
    [InlineData("ЧИТАЙТЕ ВНИМАТЕЛЬНО СООБЩЕНИЯ: ответ был в первом.")]
    [InlineData("НЕ ПИШИТЕ МНЕ В ВЫХОДНЫЕ: я не отвечу.")]
    [InlineData("YOUR DEADLINE IS NOT MY PROBLEM: sort it out.")]
    [InlineData("I HATE THIS PROJECT.")]
    [InlineData("THIS IS NOT OK!!! Fix it.")]
    [InlineData("Prices: NEW PRICES FROM APRIL: logo 800 EUR.")]
    [InlineData("NEW: logo 800 EUR.")]
    public void Commands_lines_without_a_colon_and_single_words_are_not_headings(string text)
        => Assert.Equal(-1, Capitals.HeadingEnd(MessageDocument.Parse(text).Sentences[0]));

    [Theory]
    [InlineData("ASAP", true)]
    [InlineData("ТЗ", true)]
    [InlineData("STOP", false)]
    [InlineData("asap", false)]
    public void Acronyms_are_listed_in_capitals_only(string word, bool acronym)
        => Assert.Equal(acronym, Capitals.IsAcronym(word));

    [Theory]
    [InlineData("STOP", 4)]
    [InlineData("DON'T", 4)]
    [InlineData("ЦЕНЫ", 4)]
    [InlineData("Stop", 0)]
    [InlineData("I", 1)]
    public void Upper_letters_are_counted_only_in_words_all_in_capitals(string word, int letters)
        => Assert.Equal(letters, Capitals.UpperLetters(word));
}
