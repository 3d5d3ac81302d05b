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
    public void A_match_hidden_under_another_chunks_match_does_not_hide_the_next_one()
    {
        // Phrases and expressions never share a chunk. One alternation of all three entries finds "a b",
        // then "c d"; chunk by chunk, the expression's "b c" starts inside "a b", and "c d" comes only from
        // searching that chunk again from the end of "a b".
        var lexicon = Lexicon.Parse("test/overlap", "a b\nre:b c|c d");

        Assert.Equal([(0, 3), (4, 3)], lexicon.Matches("a b c d").Select(m => (m.Index, m.Length)));
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
    public void Folded_texts_that_follow_each_other_on_one_thread_are_not_mixed_up()
    {
        // Fold keeps its last result per thread; each text must still get its own folding.
        var first = "ещё зелёный";
        var second = "всё ещё нет";

        Assert.Equal("еще зеленый", Lexicon.Fold(first));
        Assert.Equal("все еще нет", Lexicon.Fold(second));
        Assert.Equal("еще зеленый", Lexicon.Fold(first));
        Assert.Equal(["зелёный", "скоро"], Long.Matches("ещё зелёный, скоро").Select(m => m.Value));
        Assert.Equal(["слово2"], Long.Matches("всё слово2").Select(m => m.Value));
    }

    [Fact]
    public void Matches_of_one_lexicon_do_not_leak_into_the_next_call()
    {
        // The chunk matches are gathered in a scratch list reused per thread.
        Assert.Equal(["слово39", "скоро"], Long.Matches("слово39, скоро").Select(m => m.Value));
        Assert.Empty(Long.Matches("ничего похожего"));
        Assert.Equal(["зеленый"], Long.Matches("зеленый").Select(m => m.Value));
    }

    [Fact]
    public void Whole_words_only_and_yo_folded()
    {
        Assert.False(Long.IsMatch("словоX"));
        Assert.True(Long.IsMatch("ЗЕЛЁНАЯ кнопка"));
        Assert.Equal(44, Long.EntryCount);
    }
}
