using MessageLint.Core.Languages;
using MessageLint.Core.Text;

namespace MessageLint.Core.Tests.Languages;

/// <summary>
/// Russian chat whose only listed words are ones a neighbouring language's list also holds. Each of
/// these was taken for "other" — and so went unchecked by every rule — until the word was listed as
/// Russian too; the neighbours' own sentences with those words stay "other".
/// </summary>
public sealed class SharedWordTests
{
    [Theory]
    [InlineData("Можем разбить оплату на три части.")]
    [InlineData("Я не банк и не даю рассрочку, но можем разбить оплату на три части.")]
    [InlineData("Будь на связи, плиз.")]
    [InlineData("Чекаю логи, отпишусь.")]
    [InlineData("Можеш глянуть макет?")]
    public void Russian_chat_with_words_a_neighbour_shares_is_russian(string text)
        => Assert.Equal(MessageLanguage.Russian, ScriptLanguageIdentifier.Instance.Identify(text));

    [Theory]
    [InlineData("Будь ласка, надішліть рахунок.")]
    [InlineData("Можем да се видим утре.")]
    [InlineData("Сам ћу то урадити сутра.")]
    public void The_neighbours_sentences_with_those_words_stay_other(string text)
        => Assert.Equal(MessageLanguage.Other, ScriptLanguageIdentifier.Instance.Identify(text));
}
