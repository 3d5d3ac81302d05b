namespace MessageLint.Rules.Infrastructure;

/// <summary>One label's entry of the model's thresholds file, as the rules use it.</summary>
/// <param name="Label">The corpus label.</param>
/// <param name="Threshold">The probability from which the model counts as saying "yes" (chosen on the dev split).</param>
/// <param name="FlagsAlone">True when the label's held-out precision at the threshold meets the bar, so the model may flag a sentence without a heuristic.</param>
/// <param name="TestPrecision">Held-out precision at the threshold, for the docs.</param>
public sealed record ModelLabelThreshold(string Label, double Threshold, bool FlagsAlone, double? TestPrecision);
