using MessageLint.Classifier.Training;
using MessageLint.Core.Evaluation;

namespace MessageLint.Classifier.Tests;

/// <summary>Sentence rows only ever teach a head what is certain about a sentence of a labelled item.</summary>
public sealed class TrainingExamplesTests
{
    private static readonly LabelledMessage[] Items =
    [
        new("a", "ru", "Макет готов. Скоро пришлю остальное.", ["vague-status"]),
        new("b", "en", "Files received. Thanks a lot.", []),
        new("c", "en", "Will send it soon.", ["vague-status"]),
    ];

    [Fact]
    public void Without_sentence_rows_each_item_is_one_row()
    {
        var rows = TrainingExamples.Expand(Items, sentenceRows: false);

        Assert.Equal(Items.Select(i => i.Text), rows.Select(r => r.Text));
        Assert.All(rows, r => Assert.False(r.IsSentence));
    }

    [Fact]
    public void Multi_sentence_items_add_one_row_per_sentence_and_single_sentence_items_add_none()
    {
        var rows = TrainingExamples.Expand(Items, sentenceRows: true);

        Assert.Equal(3 + 2 + 2, rows.Count);
        Assert.DoesNotContain(rows, r => r.IsSentence && r.Item == 2);
        Assert.Contains(rows, r => r.IsSentence && r.Text == "Скоро пришлю остальное.");
    }

    [Fact]
    public void A_sentence_of_a_labelled_item_is_a_negative_for_labels_the_item_lacks_and_unknown_for_its_own()
    {
        var sentence = TrainingExamples.Expand(Items, sentenceRows: true).First(r => r.IsSentence && r.Item == 0);

        Assert.Null(sentence.LabelFor(Items, "vague-status"));
        Assert.Null(sentence.LabelFor(Items, ModelLabels.Clean));
        Assert.False(sentence.LabelFor(Items, "complaint-about-client"));
    }

    [Fact]
    public void Every_sentence_of_a_clean_item_is_clean()
    {
        var sentences = TrainingExamples.Expand(Items, sentenceRows: true).Where(r => r.IsSentence && r.Item == 1).ToList();

        Assert.Equal(2, sentences.Count);
        Assert.All(sentences, s => Assert.True(s.LabelFor(Items, ModelLabels.Clean)));
        Assert.All(sentences, s => Assert.False(s.LabelFor(Items, "vague-status")));
    }

    [Fact]
    public void Whole_items_keep_their_own_labels()
    {
        var whole = TrainingExamples.Expand(Items, sentenceRows: true).Where(r => !r.IsSentence).ToList();

        Assert.True(whole[0].LabelFor(Items, "vague-status"));
        Assert.True(whole[1].LabelFor(Items, ModelLabels.Clean));
        Assert.False(whole[2].LabelFor(Items, ModelLabels.Clean));
    }
}
