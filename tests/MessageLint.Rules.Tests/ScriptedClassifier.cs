using MessageLint.Core.Classification;

namespace MessageLint.Rules.Tests;

/// <summary>A stand-in sentence model: a sentence containing a scripted fragment gets that label's score, every other score is 0.01.</summary>
public sealed class ScriptedClassifier(IReadOnlyDictionary<string, (string Label, float Score)> script) : ISentenceClassifier
{
    private static readonly string[] LabelNames = ["complaint-about-client", "blunt-or-blaming", "buried-problem"];

    public IReadOnlyList<string> Labels => LabelNames;

    public IReadOnlyList<SentenceScores> Score(IReadOnlyList<string> sentences)
        => [.. sentences.Select(sentence =>
        {
            var scores = LabelNames.Select(_ => 0.01f).ToArray();
            foreach (var (fragment, (label, score)) in script)
            {
                if (sentence.Contains(fragment, StringComparison.Ordinal))
                {
                    scores[Array.IndexOf(LabelNames, label)] = score;
                }
            }

            return new SentenceScores(LabelNames, scores);
        })];
}
