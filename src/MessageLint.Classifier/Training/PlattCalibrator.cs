namespace MessageLint.Classifier.Training;

/// <summary>
/// Fits σ(a·margin + b) to held-out outcomes (Platt scaling, with Platt's smoothed targets), so a
/// head's probabilities mean what they say on data it was not fitted on.
/// </summary>
public static class PlattCalibrator
{
    /// <summary>Returns (slope, offset); (1, 0) when one class is missing and nothing can be fitted.</summary>
    public static (double Slope, double Offset) Fit(IReadOnlyList<double> margins, IReadOnlyList<bool> outcomes)
    {
        ArgumentNullException.ThrowIfNull(margins);
        ArgumentNullException.ThrowIfNull(outcomes);
        var positives = outcomes.Count(o => o);
        var negatives = outcomes.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return (1, 0);
        }

        var high = (positives + 1.0) / (positives + 2.0);
        var low = 1.0 / (negatives + 2.0);
        double a = 1, b = 0;
        var loss = Loss(margins, outcomes, a, b, high, low);
        for (var iteration = 0; iteration < 100; iteration++)
        {
            double ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
            for (var i = 0; i < margins.Count; i++)
            {
                var p = Sigmoid(a * margins[i] + b);
                var t = outcomes[i] ? high : low;
                var d = p - t;
                var w = p * (1 - p);
                ga += d * margins[i];
                gb += d;
                haa += w * margins[i] * margins[i];
                hab += w * margins[i];
                hbb += w;
            }

            var det = haa * hbb - hab * hab;
            if (Math.Abs(det) < 1e-12)
            {
                break;
            }

            var da = (hbb * ga - hab * gb) / det;
            var db = (haa * gb - hab * ga) / det;
            var step = 1.0;
            var improved = false;
            while (step > 1e-6)
            {
                var na = a - step * da;
                var nb = b - step * db;
                var newLoss = Loss(margins, outcomes, na, nb, high, low);
                if (newLoss < loss - 1e-12)
                {
                    a = na;
                    b = nb;
                    improved = loss - newLoss > 1e-10;
                    loss = newLoss;
                    break;
                }

                step /= 2;
            }

            if (!improved)
            {
                break;
            }
        }

        return (a, b);
    }

    private static double Loss(IReadOnlyList<double> margins, IReadOnlyList<bool> outcomes, double a, double b, double high, double low)
    {
        var sum = 0.0;
        for (var i = 0; i < margins.Count; i++)
        {
            var z = a * margins[i] + b;
            var t = outcomes[i] ? high : low;

            // log(1 + e^z) computed without overflow.
            var softplus = z > 0 ? z + double.LogP1(Math.Exp(-z)) : double.LogP1(Math.Exp(z));
            sum += softplus - t * z;
        }

        return sum;
    }

    private static double Sigmoid(double z) => 1.0 / (1.0 + Math.Exp(-z));
}
