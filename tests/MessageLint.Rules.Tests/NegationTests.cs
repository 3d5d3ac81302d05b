using MessageLint.Rules.Infrastructure;

namespace MessageLint.Rules.Tests;

/// <summary>A negator reaches a few words on, never past the end of its clause: punctuation, or an emoji as chats write it.</summary>
public sealed class NegationTests
{
    [Theory]
    [InlineData("я не начну сейчас", "начну", true)]
    [InlineData("I never say that", "say", true)]
    [InlineData("вопросов нет, начну сейчас", "начну", false)]
    [InlineData("вопросов нет 👍 начну сейчас", "начну", false)]
    [InlineData("I never ✅ say that", "say", false)]
    [InlineData("This isn't about bad clients", "bad", true)]
    [InlineData("This isn\u2019t about bad clients", "bad", true)]
    [InlineData("This is about bad clients", "bad", false)]
    public void A_negator_reaches_only_the_words_of_its_own_clause(string prose, string word, bool negated)
    {
        Assert.Equal(negated, Negation.IsNegated(prose, prose.IndexOf(word, StringComparison.Ordinal)));
    }
}
