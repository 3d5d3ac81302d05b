using MessageLint.Classifier.Training;
using MessageLint.Core.Evaluation;

namespace MessageLint.Classifier.Tests;

/// <summary>
/// The hand-written drafts of measured blind sets train the model in every fit, but the real-text precision
/// floor must only ever be measured on real text: drafts scored out of fold would make it look met.
/// </summary>
public sealed class TrainingRunDraftsTests
{
    private const string DraftOnlyPhrase = "zorblaxian customers again";

    private static readonly IReadOnlyList<LabelledMessage> Team = [.. Enumerable.Range(0, 4).SelectMany(copy => TinyCorpus.Items.Select(item =>
        item with { Id = $"{item.Id}-{copy}", Group = $"{item.Group}-{copy}" }))];

    private static readonly IReadOnlyList<LabelledMessage> Real =
    [
        .. Enumerable.Range(0, 10).Select(i => new LabelledMessage($"real{i}", "en", i % 2 == 0 ? "clients never pay on time" : "the files arrived, thanks", i % 2 == 0 ? ["complaint-about-client"] : [], Group: $"real{i}")),
    ];

    private static readonly IReadOnlyList<LabelledMessage> Drafts =
    [
        .. Enumerable.Range(0, 6).Select(i => new LabelledMessage($"draft{i}", "en", $"{DraftOnlyPhrase} {i}", ["complaint-about-client"], Group: $"draft{i}")),
    ];

    [Fact]
    public void Drafts_are_trained_on_but_only_real_text_is_scored_out_of_fold()
    {
        var with = TrainingRun.Run(Team, Real, TinyCorpus.Options, draftTraining: Drafts);
        var without = TrainingRun.Run(Team, Real, TinyCorpus.Options);

        Assert.Equal(Real.Count, with.ExtraOutOfFold!.Items);
        var complaint = with.Model.Labels.ToList().IndexOf("complaint-about-client");
        Assert.True(
            with.Model.Score([DraftOnlyPhrase])[0][complaint] > without.Model.Score([DraftOnlyPhrase])[0][complaint],
            "a phrase only the drafts carry should score higher once they are trained on");
    }
}
