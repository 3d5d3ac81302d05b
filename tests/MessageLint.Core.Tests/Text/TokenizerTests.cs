using MessageLint.Core.Text;

namespace MessageLint.Core.Tests.Text;

public sealed class TokenizerTests
{
    [Theory]
    // Words with inner hyphens and apostrophes
    [InlineData("из-за", "W:из-за")]
    [InlineData("кое-как сделал", "W:кое-как W:сделал")]
    [InlineData("don't", "W:don't")]
    [InlineData("I’ll", "W:I’ll")]
    [InlineData("rock'n'roll", "W:rock'n'roll")]
    [InlineData("e-mail", "W:e-mail")]
    [InlineData("из- за", "W:из P:- W:за")]
    [InlineData("'quoted'", "P:' W:quoted P:'")]
    [InlineData("ёлка Ёжик", "W:ёлка W:Ёжик")]
    [InlineData("𝐀bc", "W:𝐀bc")]
    // Numbers
    [InlineData("10:30", "N:10:30")]
    [InlineData("1,000", "N:1,000")]
    [InlineData("3.5", "N:3.5")]
    [InlineData("1.2.3", "N:1.2.3")]
    [InlineData("25/12", "N:25/12")]
    [InlineData("3.5.", "N:3.5 P:.")]
    [InlineData("в 10:30, ок?", "W:в N:10:30 P:, W:ок P:?")]
    [InlineData("10am", "N:10 W:am")]
    // Emoji: one token per grapheme
    [InlineData("👍", "E:👍")]
    [InlineData("👍🏽", "E:👍🏽")]
    [InlineData("👨‍👩‍👧‍👦", "E:👨‍👩‍👧‍👦")]
    [InlineData("👩🏽‍💻", "E:👩🏽‍💻")]
    [InlineData("🇷🇺🇬🇧", "E:🇷🇺 E:🇬🇧")]
    [InlineData("❤️", "E:❤️")]
    [InlineData("1️⃣ step", "E:1️⃣ W:step")]
    [InlineData("#️⃣", "E:#️⃣")]
    [InlineData("ок👍👍", "W:ок E:👍 E:👍")]
    [InlineData("🔥🔥🔥", "E:🔥 E:🔥 E:🔥")]
    // Punctuation runs
    [InlineData("?!", "P:?!")]
    [InlineData("!?", "P:!?")]
    [InlineData("!!!", "P:!!!")]
    [InlineData("?!?!", "P:?!?!")]
    [InlineData("...", "P:...")]
    [InlineData("Что?!", "W:Что P:?!")]
    [InlineData("Да!!! Нет...", "W:Да P:!!! W:Нет P:...")]
    [InlineData(")))", "P:)))")]
    [InlineData(",.", "P:, P:.")]
    // Symbols
    [InlineData("$5 + €3", "S:$ N:5 S:+ S:€ N:3")]
    public void Tokens_have_the_expected_kinds_and_text(string prose, string expected)
    {
        var tokens = new List<Token>();

        Tokenizer.Tokenize(prose, new TextSpan(0, prose.Length), tokens);

        Assert.Equal(expected, string.Join(" ", tokens.Select(t => $"{Code(t.Kind)}:{prose.Substring(t.Span.Start, t.Span.Length)}")));
    }

    [Fact]
    public void Only_the_given_span_of_the_prose_is_tokenized()
    {
        const string prose = "one two three";
        var tokens = new List<Token>();

        Tokenizer.Tokenize(prose, TextSpan.FromBounds(4, 7), tokens);

        var token = Assert.Single(tokens);
        Assert.Equal(TextSpan.FromBounds(4, 7), token.Span);
    }

    [Fact]
    public void White_space_and_blanked_regions_make_no_tokens()
    {
        var tokens = new List<Token>();

        Tokenizer.Tokenize("   \n\t  ", new TextSpan(0, 7), tokens);

        Assert.Empty(tokens);
    }

    private static char Code(TokenKind kind) => kind switch
    {
        TokenKind.Word => 'W',
        TokenKind.Number => 'N',
        TokenKind.Punctuation => 'P',
        TokenKind.Emoji => 'E',
        _ => 'S',
    };
}
