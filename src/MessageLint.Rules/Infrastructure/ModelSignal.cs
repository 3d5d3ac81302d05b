using MessageLint.Core.Diagnostics;

namespace MessageLint.Rules.Infrastructure;

/// <summary>
/// What the sentence model says about one sentence for one rule: the probability of the rule's
/// best-scoring corpus label against that label's dev-chosen threshold. It adjusts the confidence
/// of heuristic findings and, only for labels precise enough on the held-out split, may flag a
/// sentence by itself.
/// </summary>
/// <param name="Label">The corpus label the signal is about, or null when there is no model evidence.</param>
/// <param name="Probability">The model's probability for the label.</param>
/// <param name="Threshold">The label's threshold.</param>
/// <param name="MayFlagAlone">True when the label's held-out precision allows flagging without a heuristic.</param>
public readonly record struct ModelSignal(string? Label, double Probability, double Threshold, bool MayFlagAlone)
{
    /// <summary>No model evidence: the engine runs without a model, or the model knows none of the rule's labels.</summary>
    public static ModelSignal None { get; }

    /// <summary>True when there is model evidence at all.</summary>
    public bool IsAvailable => Label is not null;

    /// <summary>True when the model says "yes" (probability at or above the threshold).</summary>
    public bool Agrees => IsAvailable && Probability >= Threshold;

    /// <summary>True when the model alone is enough to flag the sentence.</summary>
    public bool FlagsSentence => Agrees && MayFlagAlone;

    /// <summary>The evidence entry for reports: kind "model", the label and the probability.</summary>
    public Evidence? Evidence => IsAvailable ? new Evidence("model", Label!, Math.Round(Probability, 3)) : null;

    /// <summary>
    /// The confidence of a heuristic finding given the model: agreement raises it toward 1 in
    /// proportion to how far the probability clears the threshold; disagreement lowers it, to half
    /// at probability 0. Without model evidence it is unchanged.
    /// </summary>
    public double AdjustConfidence(double heuristic)
    {
        if (!IsAvailable)
        {
            return heuristic;
        }

        return Agrees
            ? heuristic + (1 - heuristic) * (Threshold >= 1 ? 0 : (Probability - Threshold) / (1 - Threshold))
            : heuristic * (0.5 + 0.5 * (Threshold <= 0 ? 1 : Probability / Threshold));
    }

    /// <summary>The heuristic's evidence followed by the model's, when there is any.</summary>
    public IReadOnlyList<Evidence> Append(IReadOnlyList<Evidence>? heuristic)
    {
        heuristic ??= [];
        return Evidence is { } model ? [.. heuristic, model] : heuristic;
    }
}
