using MessageLint.Core.Text;
using MessageLint.Rules.Infrastructure;

namespace MessageLint.Rules.Tests;

/// <summary>A sentence is searched with its own language's lexicon, and with the other one only when it mixes scripts.</summary>
public sealed class SentenceLexiconsTests
{
    [Theory]
    [InlineData("Пришлю макет завтра.", new[] { "ru/ML4001.vague" })]
    [InlineData("I will send the layout tomorrow.", new[] { "en/ML4001.vague" })]
    [InlineData("Ок, пришлю this week.", new[] { "ru/ML4001.vague", "en/ML4001.vague" })]
    [InlineData("OK, I'll send it, спасибо.", new[] { "en/ML4001.vague", "ru/ML4001.vague" })]
    public void Lexicons_follow_the_sentence_and_the_scripts_it_mixes(string text, string[] expected)
    {
        var sentence = MessageDocument.Parse(text).Sentences[0];
        var names = new List<string>();
        foreach (var lexicon in RuleLanguage.LexiconsFor(sentence, "ML4001.vague"))
        {
            names.Add(lexicon.Name);
        }

        Assert.Equal(expected, names);
    }

    [Theory]
    [InlineData("abc", true, false)]
    [InlineData("Zебра", true, true)]
    [InlineData("ёлка", false, true)]
    [InlineData("Ѐ and ӿ", true, true)]
    [InlineData("123 — ½", false, false)]
    [InlineData("", false, false)]
    public void Scripts_are_told_apart(string text, bool latin, bool cyrillic)
        => Assert.Equal((latin, cyrillic), (ScriptPresence.HasLatin(text), ScriptPresence.HasCyrillic(text)));
}
