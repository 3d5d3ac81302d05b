using MessageLint.Core.Classification;

namespace MessageLint.Classifier;

/// <summary>
/// One text's probabilities, kept both as the array <see cref="Model.SentenceModel.Blend"/> mixes with a
/// paragraph's and as the <see cref="SentenceScores"/> rules read, so a sentence read alone hands out one
/// instance however often it repeats.
/// </summary>
internal sealed class ScoredText(IReadOnlyList<string> labels, float[] probabilities)
{
    public float[] Probabilities { get; } = probabilities;

    public SentenceScores Scores { get; } = new(labels, probabilities);
}
