using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;

namespace MessageLint.Rules.Infrastructure;

/// <summary>
/// Reads the sentence model's evidence for a rule, the same way for every rule: among the rule's
/// <see cref="RuleDescriptor.CorpusLabels"/> that the model scores, the label whose probability
/// clears its threshold by the most (or misses it by the least).
/// </summary>
public static class ModelEvidence
{
    /// <summary>The model's signal for a sentence of the draft, or <see cref="ModelSignal.None"/>.</summary>
    public static ModelSignal Read(AnalysisContext context, Sentence sentence, RuleDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(descriptor);
        if (context.GetScores(sentence) is not { } scores)
        {
            return ModelSignal.None;
        }

        var best = ModelSignal.None;
        var labels = descriptor.CorpusLabels;
        for (var i = 0; i < labels.Count; i++)
        {
            var label = labels[i];
            if (ModelThresholdTable.Find(label) is not { } threshold || scores.Get(label) is not { } probability)
            {
                continue;
            }

            var candidate = new ModelSignal(label, probability, threshold.Threshold, threshold.FlagsAlone);
            if (!best.IsAvailable || candidate.Probability - candidate.Threshold > best.Probability - best.Threshold)
            {
                best = candidate;
            }
        }

        return best;
    }

    /// <summary>
    /// True when the model alone flags the sentence for the rule. When none of the rule's labels may
    /// flag alone — true of every rule with a model-only path under the shipped thresholds — no score
    /// is read at all.
    /// </summary>
    public static bool FlagsAlone(AnalysisContext context, Sentence sentence, RuleDescriptor descriptor)
        => MayFlagAlone(descriptor) && Read(context, sentence, descriptor).FlagsSentence;

    /// <summary>True when any of the rule's labels may flag a sentence alone (see <see cref="FlagsAlone"/>).</summary>
    public static bool MayFlagAlone(RuleDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var labels = descriptor.CorpusLabels;
        for (var i = 0; i < labels.Count; i++)
        {
            if (ModelThresholdTable.Find(labels[i]) is { FlagsAlone: true })
            {
                return true;
            }
        }

        return false;
    }
}
