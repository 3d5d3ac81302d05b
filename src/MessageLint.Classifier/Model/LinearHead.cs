using Microsoft.ML.Data;

namespace MessageLint.Classifier.Model;

/// <summary>
/// One label's one-vs-rest logistic model over the shared features, with its Platt calibration.
/// Kept as plain weights rather than an ML.NET prediction transformer so that one featurisation
/// pass serves every label and scoring a sentence is a sparse dot product per label.
/// </summary>
public sealed class LinearHead
{
    private readonly float[] _weights;

    /// <summary>Creates a head; the calibrated probability is σ(slope × (w·x + bias) + offset).</summary>
    public LinearHead(string label, float[] weights, float bias, double calibrationSlope = 1, double calibrationOffset = 0)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(weights);
        Label = label;
        _weights = weights;
        Bias = bias;
        CalibrationSlope = calibrationSlope;
        CalibrationOffset = calibrationOffset;
    }

    /// <summary>The corpus label.</summary>
    public string Label { get; }

    /// <summary>The weight of each feature slot.</summary>
    public ReadOnlySpan<float> Weights => _weights;

    /// <summary>The logistic model's bias.</summary>
    public float Bias { get; }

    /// <summary>Platt slope fitted on the dev split (1 before calibration).</summary>
    public double CalibrationSlope { get; }

    /// <summary>Platt offset fitted on the dev split (0 before calibration).</summary>
    public double CalibrationOffset { get; }

    /// <summary>The uncalibrated margin w·x + bias.</summary>
    public double Margin(in VBuffer<float> features)
    {
        var values = features.GetValues();
        var sum = (double)Bias;
        if (features.IsDense)
        {
            var length = Math.Min(values.Length, _weights.Length);
            for (var i = 0; i < length; i++)
            {
                sum += _weights[i] * values[i];
            }
        }
        else
        {
            var indices = features.GetIndices();
            for (var i = 0; i < values.Length; i++)
            {
                var index = indices[i];
                if ((uint)index < (uint)_weights.Length)
                {
                    sum += _weights[index] * values[i];
                }
            }
        }

        return sum;
    }

    /// <summary>The calibrated probability of the label.</summary>
    public float Probability(in VBuffer<float> features) => Calibrate(Margin(features));

    /// <summary>Maps a margin to a calibrated probability.</summary>
    public float Calibrate(double margin) => (float)(1.0 / (1.0 + Math.Exp(-(CalibrationSlope * margin + CalibrationOffset))));

    /// <summary>The same head with another calibration.</summary>
    public LinearHead WithCalibration(double slope, double offset) => new(Label, _weights, Bias, slope, offset);
}
