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

    [Theory]
    [InlineData("It's not the case that in our experience most clients are clueless", "clueless", true)]
    [InlineData("It isn’t true that all of our clients pay late", "late", true)]
    [InlineData("Неправда, что клиенты всегда хотят всё и сразу", "хотят", true)]
    [InlineData("Дело не в том что клиент тупой", "тупой", true)]
    [InlineData("It's not the case that he called. The client is clueless", "clueless", false)]
    [InlineData("I'm not saying that the client is clueless", "clueless", false)]
    [InlineData("Не то чтобы клиент тупой, но", "тупой", false)]
    [InlineData("The case that clients pay late is common", "late", false)]
    public void A_denial_frame_negates_its_clause_however_far_but_not_past_the_sentence(string prose, string word, bool negated)
    {
        Assert.Equal(negated, Negation.IsNegated(prose, prose.IndexOf(word, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("да без проблем сделаем вам вывеску", "сделаем", false)]
    [InlineData("не вопрос сделаю к пятнице", "сделаю", false)]
    [InlineData("no problem will do it tonight", "will", false)]
    [InlineData("no worries I'll send it", "send", false)]
    [InlineData("без проблем не сделаем", "сделаем", true)]
    [InlineData("без вас сделаем", "сделаем", true)]
    [InlineData("no way I'll send it", "send", true)]
    public void A_negator_inside_an_idiom_of_assent_negates_nothing_after_it(string prose, string word, bool negated)
    {
        Assert.Equal(negated, Negation.IsNegated(prose, prose.IndexOf(word, StringComparison.Ordinal)));
    }
}
