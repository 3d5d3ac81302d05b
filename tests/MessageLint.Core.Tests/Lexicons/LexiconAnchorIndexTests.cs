using MessageLint.Core.Lexicons;

namespace MessageLint.Core.Tests.Lexicons;

/// <summary>
/// The anchor index says not only which chunks could match a text but where their anchors start, and a
/// lexicon tries its chunks only there: the positions must be every word start that begins an anchor.
/// </summary>
public sealed class LexiconAnchorIndexTests
{
    [Fact]
    public void Each_chunk_gets_every_word_start_where_one_of_its_anchors_begins_in_order()
    {
        var index = LexiconAnchorIndex.Build([["клиент"], ["опять", "опять же"], ["soon"]]);

        var hits = index.Candidates("Клиенты опять же, КЛИЕНТ опять; reclient soon");

        Assert.Equal([0, 18], StartsOf(hits, 0));
        Assert.Equal([8, 25], StartsOf(hits, 1)); // "опять" and "опять же" start at 8: kept once
        Assert.Equal([41], StartsOf(hits, 2));
        Assert.True(hits.Contains(0) && hits.Contains(1) && hits.Contains(2));
    }

    [Fact]
    public void A_chunk_whose_anchor_only_occurs_inside_a_word_gets_no_start()
    {
        var index = LexiconAnchorIndex.Build([["client"], ["soon"]]);

        var hits = index.Candidates("reclient, soonish");

        Assert.Empty(StartsOf(hits, 0));
        Assert.False(hits.Contains(0));
        Assert.Equal([10], StartsOf(hits, 1)); // the anchor occurs; the expression decides about "soonish"
    }

    [Fact]
    public void Starts_from_a_position_on_skip_the_earlier_ones()
    {
        var index = LexiconAnchorIndex.Build([["да"]]);
        var hits = index.Candidates("да, да, да");

        var cursor = 0;
        var first = hits.NextStart(0, 1, ref cursor);
        var second = hits.NextStart(0, 1, ref cursor);
        var none = hits.NextStart(0, 1, ref cursor);

        Assert.Equal((4, 8, -1), (first, second, none));
    }

    [Theory]
    [InlineData("клиент~\nопять\nre:как\\s+всегда\n", "Клиенты опять как всегда, клиент как  всегда опять")]
    [InlineData("soon\nre:when\\s+i\\s+can\n", "soon soonish, when I can; SOON when i  can")]
    [InlineData("re:(?<=кто-то\\s)сказал\n", "сказал кто-то сказал, кто-то  сказал")]
    public void A_lexicon_tried_only_at_its_anchors_finds_what_a_scan_finds(string content, string text)
    {
        var indexed = LexiconSet.Build([("ru/test", content)]).Lexicons["ru/test"];
        var scanned = Lexicon.Parse("ru/test", content);

        var found = indexed.Matches(text).Select(m => (m.Index, m.Length)).ToList();

        Assert.NotEmpty(found);
        Assert.Equal(scanned.Matches(text).Select(m => (m.Index, m.Length)), found);
        Assert.Equal(scanned.FirstMatch(text), indexed.FirstMatch(text));
        Assert.True(indexed.IsMatch(text));
    }

    [Fact]
    public void Matches_stay_right_when_the_caller_asks_about_many_other_texts_while_reading_them()
    {
        // The hits live in a per-thread cache of a few texts; a caller may ask about others between two matches.
        var lexicon = LexiconSet.Build([("ru/client", "клиент~\n")]).Lexicons["ru/client"];
        var found = new List<int>();

        foreach (var match in lexicon.Matches("клиент, клиенты, клиентам"))
        {
            found.Add(match.Index);
            for (var i = 0; i < 40; i++)
            {
                Assert.False(lexicon.IsMatch($"текст номер {i} без нужного слова"));
            }
        }

        Assert.Equal([0, 8, 17], found);
    }

    private static List<int> StartsOf(AnchorHits hits, int chunk)
    {
        var starts = new List<int>();
        var cursor = 0;
        for (var start = hits.NextStart(chunk, 0, ref cursor); start >= 0; start = hits.NextStart(chunk, 0, ref cursor))
        {
            starts.Add(start);
        }

        return starts;
    }
}
