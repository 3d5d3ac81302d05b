using MessageLint.Classifier.Featurization;
using MessageLint.Classifier.Model;
using MessageLint.Classifier.Training;

namespace MessageLint.Classifier.Tests;

/// <summary>Lexicon markers match plain phrases the way the rules' lexicons do, survive the model file, and reach the heads.</summary>
public sealed class LexiconMarkersTests
{
    private static readonly LexiconMarkers Markers = LexiconMarkers.FromLexicons(
    [
        ("ML4001.vague", "# comment\nsoon\nas soon as possible\nre:when\\s+i\\s+can\nв процессе\nеще чуть~\n"),
        ("ML3001.client", "клиент~\nзаказчик~\n"),
        ("ML4001.vague", "скоро\n"),
    ]);

    [Theory]
    [InlineData("Will send it SOON.", "qqlexml4001vague")]
    [InlineData("as soon as possible, ok?", "qqlexml4001vague")]
    [InlineData("Всё ещё в процессе", "qqlexml4001vague")]
    [InlineData("Ещё чуть-чуть, и готово", "qqlexml4001vague")]
    [InlineData("Скоро", "qqlexml4001vague")]
    [InlineData("клиенты опять", "qqlexml3001client")]
    [InlineData("Заказчики написали", "qqlexml3001client")]
    public void A_plain_phrase_marks_its_lexicon(string text, string marker)
    {
        Assert.Contains(marker, Markers.Find(text));
    }

    [Theory]
    [InlineData("soonish")]
    [InlineData("when I can")]
    [InlineData("процессор")]
    [InlineData("")]
    public void Whole_words_only_and_expressions_are_left_to_the_rules(string text)
    {
        Assert.Empty(Markers.Find(text));
    }

    private static readonly LexiconMarkers WithExpressions = LexiconMarkers.FromLexicons(
    [
        ("ML4001.vague", "# comment\nsoon\nre:when\\s+i\\s+can\nre:(?:как|когда)\\s+смогу\n"),
        ("ML3001.client", "клиент~\nre:\\d+\\s+clients?\n"),
    ],
    expressions: true);

    [Theory]
    [InlineData("I'll send it when I can", "qqlexml4001vague")]
    [InlineData("Сделаю, КАК СМОГУ!", "qqlexml4001vague")]
    [InlineData("Ещё 3 clients ждут", "qqlexml3001client")]
    public void With_expressions_a_re_entry_marks_its_lexicon_too(string text, string marker)
    {
        Assert.Equal([marker], WithExpressions.Find(text));
    }

    [Theory]
    [InlineData("when I cannot")]
    [InlineData("как смогут")]
    [InlineData("x3 clients")]
    public void Expressions_match_whole_words_only(string text)
    {
        Assert.Empty(WithExpressions.Find(text));
    }

    [Fact]
    public void An_expression_the_anchor_index_cannot_skip_is_left_out()
    {
        var markers = LexiconMarkers.FromLexicons([("ML5002.alternative", "re:[\\w-]+\\s+or\\s+[\\w-]+\\?\nre:this\\s+or\\s+that\n")], expressions: true);

        Assert.Equal(1, markers.ExpressionCount);
        Assert.Empty(markers.Find("tea or coffee?"));
        Assert.Equal(["qqlexml5002alternative"], markers.Find("this or that"));
    }

    [Fact]
    public void Only_the_expressions_of_the_required_labels_rules_are_kept()
    {
        var markers = LexiconMarkers.FromLexicons([("time.clock", "полдень\nre:в\\s+\\d+\\s+часов\n"), ("ML1002.relay", "re:передам\\s+ему\n")], expressions: true);

        Assert.Equal(0, markers.ExpressionCount);
        Assert.Empty(markers.Find("в 5 часов передам ему"));
        Assert.Equal(["qqlextimeclock"], markers.Find("в полдень"));
    }

    [Fact]
    public void Expressions_are_kept_as_entries_and_survive_the_model_file_form()
    {
        using var buffer = new MemoryStream();
        WithExpressions.Write(buffer);
        buffer.Position = 0;

        var read = LexiconMarkers.Read(buffer);

        Assert.Equal(3, WithExpressions.ExpressionCount);
        Assert.Equal(3, read.ExpressionCount);
        Assert.Equal(0, Markers.ExpressionCount);
        Assert.Equal(["qqlexml3001client", "qqlexml4001vague"], read.Find("клиенты: when i can"));
    }

    [Fact]
    public void Both_markers_are_found_in_one_sentence_once_each_in_marker_order()
    {
        Assert.Equal(["qqlexml3001client", "qqlexml4001vague"], Markers.Find("клиент ждёт, скоро, soon, скоро"));
    }

    [Fact]
    public void The_preprocessor_appends_the_markers_only_when_given_lexicons()
    {
        Assert.EndsWith(" qqlexml4001vague", TextPreprocessor.Prepare("soon", Markers));
        Assert.Equal("soon", TextPreprocessor.Prepare("soon"));
    }

    [Fact]
    public void Written_and_read_back_the_markers_match_the_same()
    {
        using var buffer = new MemoryStream();
        Markers.Write(buffer);
        buffer.Position = 0;

        var read = LexiconMarkers.Read(buffer);

        Assert.Equal(Markers.Entries, read.Entries);
        Assert.Equal(Markers.Find("клиенты, в процессе"), read.Find("клиенты, в процессе"));
    }

    [Fact]
    public void A_model_trained_with_expressions_records_them_and_scores_the_same_after_loading()
    {
        var lexicons = LexiconMarkers.FromLexicons([("ML4001.vague", "re:(?:eventual|как-нибуд)\\w*\nскоро\n")], expressions: true);
        var model = ModelTrainer.Train(TinyCorpus.Items, TinyCorpus.Items, TinyCorpus.Options with { Lexicons = lexicons });
        string[] texts = ["eventually", "как-нибудь потом", "готово"];

        using var buffer = new MemoryStream();
        model.Save(buffer);
        buffer.Position = 0;
        var loaded = SentenceModel.Load(buffer);

        Assert.Equal(1, model.Manifest.LexiconExpressions);
        Assert.Equal(1, loaded.Manifest.LexiconExpressions);
        Assert.Equal(1, loaded.Lexicons!.ExpressionCount);
        Assert.Equal(model.Score(texts), loaded.Score(texts));
        Assert.EndsWith(" qqlexml4001vague", TextPreprocessor.Prepare("eventually", loaded.Lexicons));
    }

    [Fact]
    public void A_hybrid_model_keeps_its_lexicons_through_the_model_file_and_generalises_through_them()
    {
        var lexicons = LexiconMarkers.FromLexicons([("ML4001.vague", "скоро\nsoon\nпозже\nlater\nв процессе\neventually\nкак-нибудь\n")]);
        var hybrid = ModelTrainer.Train(TinyCorpus.Items, TinyCorpus.Items, TinyCorpus.Options with { Lexicons = lexicons });
        string[] unseen = ["eventually", "как-нибудь"];

        using var buffer = new MemoryStream();
        hybrid.Save(buffer);
        buffer.Position = 0;
        var loaded = SentenceModel.Load(buffer);

        Assert.Equal(lexicons.Entries.Count, loaded.Lexicons!.Entries.Count);
        Assert.Equal(hybrid.Score(unseen), loaded.Score(unseen));
        var vague = TinyCorpus.Labels.ToList().IndexOf("vague-status");
        var textOnly = TinyCorpus.Model.Score(unseen);
        var withLexicons = hybrid.Score(unseen);
        for (var i = 0; i < unseen.Length; i++)
        {
            Assert.True(withLexicons[i][vague] > textOnly[i][vague], $"'{unseen[i]}' should look vaguer through the lexicon");
        }
    }
}
