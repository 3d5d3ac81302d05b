using MessageLint.Rules.Infrastructure;

namespace MessageLint.Rules.Tests;

/// <summary>
/// Quoted words are someone's reported speech, which rules must not judge; single quotes share their mark
/// with the apostrophe, so only a mark that opens before a word and closes after one quotes anything.
/// </summary>
public sealed class QuotedSpeechTests
{
    [Theory]
    [InlineData("I used to send «almost done» updates for weeks.", "almost")]
    [InlineData("I used to send \"almost done\" updates for weeks.", "almost")]
    [InlineData("I used to send 'almost done!' updates for weeks.", "almost")]
    [InlineData("I used to send ‘almost done’ updates for weeks.", "done")]
    [InlineData("She called it 'soon', which meant a month.", "soon")]
    public void A_word_between_quotation_marks_is_quoted(string prose, string word)
        => Assert.True(QuotedSpeech.IsInsideQuotes(prose, prose.IndexOf(word, StringComparison.Ordinal)));

    [Theory]
    [InlineData("I don't know yet, it's almost done.", "almost")]
    [InlineData("The client's logo is almost done.", "almost")]
    [InlineData("It's almost done, the designers' files are in.", "almost")]
    [InlineData("'Almost done' was my answer, and the file is almost done now.", "now")]
    [InlineData("Rock 'n' roll aside, it is almost done.", "almost")]
    public void An_apostrophe_quotes_nothing(string prose, string word)
        => Assert.False(QuotedSpeech.IsInsideQuotes(prose, prose.LastIndexOf(word, StringComparison.Ordinal)));
}
