namespace MessageLint.Core.Classification;

/// <summary>The model's probabilities for one sentence, by label.</summary>
public sealed class SentenceScores
{
    private readonly IReadOnlyList<string> _labels;
    private readonly float[] _probabilities;

    /// <summary>Creates scores; <paramref name="probabilities"/> is indexed like <paramref name="labels"/>.</summary>
    public SentenceScores(IReadOnlyList<string> labels, float[] probabilities)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(probabilities);
        if (labels.Count != probabilities.Length)
        {
            throw new ArgumentException("One probability per label is needed.", nameof(probabilities));
        }

        _labels = labels;
        _probabilities = probabilities;
    }

    /// <summary>The labels, in model order.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>The probability of a label, or null when the model does not know the label.</summary>
    public float? Get(string label)
    {
        for (var i = 0; i < _labels.Count; i++)
        {
            if (string.Equals(_labels[i], label, StringComparison.Ordinal))
            {
                return _probabilities[i];
            }
        }

        return null;
    }

    /// <summary>The highest probability among the given labels, or null when the model knows none of them.</summary>
    public float? Max(IEnumerable<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        float? best = null;
        foreach (var label in labels)
        {
            if (Get(label) is { } p && (best is null || p > best))
            {
                best = p;
            }
        }

        return best;
    }
}
