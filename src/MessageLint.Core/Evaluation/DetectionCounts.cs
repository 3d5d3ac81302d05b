namespace MessageLint.Core.Evaluation;

/// <summary>True/false positives and false negatives of one detector, with the usual ratios.</summary>
public sealed class DetectionCounts
{
    /// <summary>Fired on an item that carries the label.</summary>
    public int TruePositives { get; set; }

    /// <summary>Fired on an item that does not carry the label.</summary>
    public int FalsePositives { get; set; }

    /// <summary>Silent on an item that carries the label.</summary>
    public int FalseNegatives { get; set; }

    /// <summary>False positives on hard negatives: clean items written to look like violations.</summary>
    public int HardNegativeFalsePositives { get; set; }

    /// <summary>Items carrying the label.</summary>
    public int Support => TruePositives + FalseNegatives;

    /// <summary>Items the detector fired on.</summary>
    public int Fired => TruePositives + FalsePositives;

    /// <summary>TP / (TP + FP); null when the detector never fired.</summary>
    public double? Precision => Fired == 0 ? null : (double)TruePositives / Fired;

    /// <summary>TP / (TP + FN); null when no item carries the label.</summary>
    public double? Recall => Support == 0 ? null : (double)TruePositives / Support;

    /// <summary>The harmonic mean of precision and recall; null when either is undefined or both are zero.</summary>
    public double? F1 => Precision is { } p && Recall is { } r && p + r > 0 ? 2 * p * r / (p + r) : null;

    /// <summary>Adds one item's outcome.</summary>
    public void Add(bool fired, bool positive, bool hardNegative)
    {
        if (fired && positive)
        {
            TruePositives++;
        }
        else if (fired)
        {
            FalsePositives++;
            if (hardNegative)
            {
                HardNegativeFalsePositives++;
            }
        }
        else if (positive)
        {
            FalseNegatives++;
        }
    }
}
