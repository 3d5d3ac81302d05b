using Microsoft.ML.Data;

namespace MessageLint.Classifier.Training;

/// <summary>
/// The per-feature ratios of <see cref="LogCountRatioScaling"/> for one head: computed on the rows and
/// row weights the head trains on, applied to those rows, then folded into the trained weights
/// (w′ = w × r), so the stored head scores the unscaled features exactly as the trained one scored the
/// scaled ones and the prediction path does not change.
/// </summary>
internal static class LogCountRatio
{
    /// <summary>
    /// r_j = log((p_j / ‖p‖₁) / (q_j / ‖q‖₁)), with p_j (q_j) the smoothing plus the weight of the
    /// positive (negative) rows where feature j is non-zero.
    /// </summary>
    public static float[] Compute(IReadOnlyList<HeadTrainingRow> rows, int featureCount, LogCountRatioScaling scaling)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(scaling);
        var positive = new double[featureCount];
        var negative = new double[featureCount];
        foreach (var row in rows)
        {
            var counts = row.Label ? positive : negative;
            var features = row.Features;
            var values = features.GetValues();
            var indices = features.IsDense ? default : features.GetIndices();
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] != 0)
                {
                    counts[features.IsDense ? i : indices[i]] += row.Weight;
                }
            }
        }

        var positiveTotal = positive.Sum() + (scaling.Smoothing * featureCount);
        var negativeTotal = negative.Sum() + (scaling.Smoothing * featureCount);
        var ratios = new float[featureCount];
        for (var j = 0; j < featureCount; j++)
        {
            var ratio = Math.Log((positive[j] + scaling.Smoothing) / positiveTotal) - Math.Log((negative[j] + scaling.Smoothing) / negativeTotal);
            ratios[j] = (float)(scaling.Limit is { } limit ? Math.Clamp(ratio, -limit, limit) : ratio);
        }

        if (scaling.Rescale)
        {
            var norm = Math.Sqrt(rows.Sum(r => r.Weight * SquaredNorm(Scale(r.Features, ratios))) / rows.Sum(r => r.Weight));
            if (norm > 0)
            {
                for (var j = 0; j < featureCount; j++)
                {
                    ratios[j] = (float)(ratios[j] / norm);
                }
            }
        }

        return ratios;
    }

    /// <summary>The features multiplied slot by slot by the ratios; a sparse vector stays sparse.</summary>
    public static VBuffer<float> Scale(in VBuffer<float> features, float[] ratios)
    {
        var values = features.GetValues();
        var scaled = new float[values.Length];
        if (features.IsDense)
        {
            for (var i = 0; i < values.Length; i++)
            {
                scaled[i] = values[i] * ratios[i];
            }

            return new VBuffer<float>(features.Length, scaled);
        }

        var indices = features.GetIndices();
        for (var i = 0; i < values.Length; i++)
        {
            scaled[i] = values[i] * ratios[indices[i]];
        }

        return new VBuffer<float>(features.Length, values.Length, scaled, indices.ToArray());
    }

    /// <summary>The weights a head trained on scaled features needs to score unscaled ones the same.</summary>
    public static float[] Fold(IReadOnlyList<float> weights, float[] ratios)
    {
        var folded = new float[weights.Count];
        for (var j = 0; j < folded.Length; j++)
        {
            folded[j] = weights[j] * ratios[j];
        }

        return folded;
    }

    private static double SquaredNorm(VBuffer<float> features)
    {
        var sum = 0.0;
        foreach (var value in features.GetValues())
        {
            sum += (double)value * value;
        }

        return sum;
    }
}
