using MessageLint.Classifier.Evaluation;
using MessageLint.Classifier.Model;
using MessageLint.Classifier.Training;
using MessageLint.Core.Classification;
using MessageLint.Core.Text;

namespace MessageLint.Classifier.Tests;

/// <summary>A sentence is read in its paragraph: its scores lean on the paragraph's by the weight its model was trained with.</summary>
public sealed class ParagraphContextTests
{
    private const string First = "Forty rounds in, the client picked the very first draft.";
    private const string Second = "I'm not even surprised anymore.";
    private const string Paragraph = First + " " + Second;

    private static float[] Probabilities(SentenceScores scores) => [.. scores.Labels.Select(l => scores.Get(l)!.Value)];

    [Fact]
    public void The_recipe_reads_sentences_half_in_their_paragraph_and_the_model_file_keeps_the_weight()
    {
        using var file = new MemoryStream();
        TinyCorpus.Model.Save(file);
        file.Position = 0;

        var loaded = SentenceModel.Load(file);

        Assert.Equal(0.5, TinyCorpus.Options.ContextWeight);
        Assert.Equal(0.5, TinyCorpus.Model.Manifest.ContextWeight);
        Assert.Equal(0.5, loaded.Manifest.ContextWeight);
    }

    [Fact]
    public void A_sentence_in_a_paragraph_of_others_gets_its_scores_blended_with_the_paragraphs_and_a_lone_sentence_its_own()
    {
        var model = TinyCorpus.Model;
        var classifier = new SentenceClassifier(model);
        const string alone = "клиенты опять хотят всё и сразу";

        var scores = classifier.Score([First, Second, alone], [Paragraph, Paragraph, alone]);

        var own = model.ScoreOne(First);
        var paragraph = model.ScoreOne(Paragraph);
        var expected = own.Select((p, l) => (0.5f * p) + (0.5f * paragraph[l])).ToArray();
        Assert.Equal(expected, Probabilities(scores[0]));
        Assert.NotEqual(own, Probabilities(scores[0]));
        Assert.Equal(model.ScoreOne(alone), Probabilities(scores[2]));
    }

    [Fact]
    public void A_paragraph_is_scored_once_when_the_first_of_its_sentences_is_read()
    {
        var classifier = new SentenceClassifier(TinyCorpus.Model);

        var scores = Assert.IsType<DeferredSentenceScores>(classifier.Score([First, Second], [Paragraph, Paragraph]));
        _ = scores[0];
        var afterFirst = scores.ScoredCount;
        _ = scores[1];

        Assert.Equal(2, afterFirst);
        Assert.Equal(3, scores.ScoredCount);
    }

    [Fact]
    public void A_model_trained_to_read_sentences_alone_ignores_their_paragraphs()
    {
        var alone = ModelTrainer.Train(TinyCorpus.Items, TinyCorpus.Items, TinyCorpus.Options with { ContextWeight = 0 });
        var classifier = new SentenceClassifier(alone);

        var scores = classifier.Score([First, Second], [Paragraph, Paragraph]);

        Assert.Equal(0, alone.Manifest.ContextWeight);
        Assert.Equal(alone.ScoreOne(First), Probabilities(scores[0]));
    }

    [Fact]
    public void Evaluation_scores_an_item_as_the_engine_reads_its_sentences()
    {
        var model = TinyCorpus.Model;
        const string item = First + " " + Second + "\n\nСпасибо за терпение!";
        var document = MessageDocument.Parse(item);
        var paragraphs = ParagraphTexts.Of(document);
        var engineView = new SentenceClassifier(model).Score([.. document.Sentences.Select(s => s.Prose)], paragraphs);
        var clean = model.Labels.ToList().IndexOf(ModelLabels.Clean);

        var itemScores = ItemScorer.Score(model, [item])[0];

        Assert.Equal(3, document.Sentences.Count);
        for (var l = 0; l < model.Labels.Count; l++)
        {
            var perSentence = engineView.Select(s => Probabilities(s)[l]).ToList();
            Assert.Equal(l == clean ? perSentence.Min() : perSentence.Max(), itemScores[l], 5);
        }
    }
}
