using MessageLint.Core.Lexicons;

namespace MessageLint.Core.Tests.Lexicons;

/// <summary>Lexicons built as one set match as they would alone, and the set says which lines its index can skip.</summary>
public sealed class LexiconSetTests
{
    private static readonly Dictionary<string, string> Contents = new()
    {
        ["en/vague"] = "soon\nre:when\\s+i\\s+can\n",
        ["en/alternative"] = "re:[\\w-]+\\s+or\\s+[\\w-]+\\?\n",
        ["ru/client"] = "клиент~\n",
    };

    private static readonly LexiconSet Set = LexiconSet.Build(Contents.Select(p => (p.Key, p.Value)));

    [Theory]
    [InlineData("en/vague", "I'll do it when I can.", true)]
    [InlineData("en/vague", "SOON", true)]
    [InlineData("en/vague", "whenever", false)]
    [InlineData("en/alternative", "tea or coffee?", true)]
    [InlineData("en/alternative", "tea or coffee.", false)]
    [InlineData("ru/client", "Клиенты опять", true)]
    [InlineData("ru/client", "Пациенты", false)]
    public void Each_lexicon_matches_as_it_would_alone(string key, string text, bool expected)
    {
        Assert.Equal(expected, Set.Lexicons[key].IsMatch(text));
        Assert.Equal(expected, Lexicon.Parse(key, Contents[key]).IsMatch(text));
    }

    [Theory]
    [InlineData("I'll do it when I can, клиент ждёт")]
    [InlineData("tea or coffee?")]
    [InlineData("Soon: tea or coffee?")]
    [InlineData("nothing here")]
    [InlineData("")]
    public void Finding_every_matching_lexicon_at_once_agrees_with_asking_each(string text)
    {
        var matched = new bool[Set.Keys.Count];

        Set.FindMatching(text, matched);

        Assert.Equal(Set.Keys.Select(k => Set.Lexicons[k].IsMatch(text)), matched);
    }

    [Fact]
    public void Answers_stay_right_when_more_texts_come_than_the_index_keeps()
    {
        // The index keeps its last few answers per thread and reuses the arrays of those it drops.
        string[] phrasings = ["soon", "клиенты ждут", "tea or coffee?", "nothing", "when I can", "клиент", "soon, клиент"];
        var texts = Enumerable.Range(0, 50).Select(i => $"{phrasings[i % phrasings.Length]} {i}").ToArray();
        var expected = texts.Select(t => Set.Keys.Select(k => Lexicon.Parse(k, Contents[k]).IsMatch(t)).ToArray()).ToList();

        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < texts.Length; i++)
            {
                var matched = new bool[Set.Keys.Count];
                Set.FindMatching(texts[i], matched);
                Assert.Equal(expected[i], matched);
                Assert.Equal(expected[i], Set.Keys.Select(k => Set.Lexicons[k].IsMatch(texts[i])));
            }
        }
    }

    [Fact]
    public void A_lexicon_already_found_is_left_set()
    {
        var matched = new bool[Set.Keys.Count];
        matched[0] = true;

        Set.FindMatching("tea or coffee?", matched);

        Assert.Equal([true, true, false], matched);
        Assert.Equal(["en/vague", "en/alternative", "ru/client"], Set.Keys);
    }

    [Fact]
    public void Lexicons_in_a_group_set_their_group_and_a_group_already_set_stays_set()
    {
        int[] groupOf = [1, 1, 0];
        var matched = new bool[2];

        Set.FindMatching("tea or coffee?", groupOf, matched);
        Assert.Equal([false, true], matched);

        matched = [true, false];
        Set.FindMatching("клиенты", groupOf, matched);
        Assert.Equal([true, false], matched);
    }

    [Fact]
    public void Only_the_expression_without_anchors_always_runs()
    {
        Assert.Equal((3, 1), Set.IndexCoverage());
    }

    [Theory]
    [InlineData("soon", true)]
    [InlineData("клиент~", true)]
    [InlineData("re:when\\s+i\\s+can", true)]
    [InlineData("re:(?:как|когда)\\s+смогу", true)]
    [InlineData("re:[\\w-]+\\s+or\\s+[\\w-]+\\?", false)]
    [InlineData("re:[\\w-]*(?:договор|контракт)\\w*", false)]
    public void A_line_is_indexable_when_the_index_can_skip_it(string line, bool expected)
    {
        Assert.Equal(expected, LexiconSet.IsIndexable(line));
    }
}
