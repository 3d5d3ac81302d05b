using MessageLint.Core.Lexicons;

namespace MessageLint.Rules.Tests;

/// <summary>A lexicon long enough to be split into several expressions still matches like one list.</summary>
public sealed class LexiconTests
{
    private static readonly Lexicon Long = Lexicon.Parse(
        "test/long",
        string.Join('\n', Enumerable.Range(0, 40).Select(i => $"слово{i}").Concat(["re:зел[её]н\\w*", "скоро", "скоро будет", "re:как\\s+будет\\s+время"])));

    [Fact]
    public void Matches_come_in_text_order_across_chunks()
    {
        var matches = Long.Matches("слово39 и слово1, потом зелёный, скоро").Select(m => m.Value).ToList();

        Assert.Equal(["слово39", "слово1", "зелёный", "скоро"], matches);
    }

    [Fact]
    public void Overlapping_entries_give_one_match_at_a_position()
    {
        var matches = Long.Matches("скоро будет, как будет время").Select(m => m.Value).ToList();

        Assert.Equal(["скоро", "как будет время"], matches);
    }

    [Fact]
    public void First_match_is_the_leftmost_whatever_its_chunk()
    {
        var first = Long.FirstMatch("ну как будет время, слово0");

        Assert.NotNull(first);
        Assert.Equal("как будет время", first.Value.Value);
        Assert.Equal(3, first.Value.Index);
    }

    [Fact]
    public void Whole_words_only_and_yo_folded()
    {
        Assert.False(Long.IsMatch("словоX"));
        Assert.True(Long.IsMatch("ЗЕЛЁНАЯ кнопка"));
        Assert.Equal(44, Long.EntryCount);
    }
}
