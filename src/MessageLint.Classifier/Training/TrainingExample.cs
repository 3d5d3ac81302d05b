using MessageLint.Core.Evaluation;

namespace MessageLint.Classifier.Training;

/// <summary>One training row: a whole item or one sentence of it.</summary>
/// <param name="Item">Index of the item in the training list.</param>
/// <param name="Text">The row's text.</param>
/// <param name="IsSentence">True for one sentence of a multi-sentence item.</param>
public sealed record TrainingExample(int Item, string Text, bool IsSentence)
{
    /// <summary>
    /// The row's outcome for a head, or null when it is unknown and the row must not train that head:
    /// a sentence of an item that carries the label may or may not be the sentence that carries it,
    /// and a sentence of a labelled item may or may not be clean.
    /// </summary>
    public bool? LabelFor(IReadOnlyList<LabelledMessage> items, string label)
    {
        ArgumentNullException.ThrowIfNull(items);
        var carries = ModelLabels.Carries(items[Item].Labels, label);
        if (!IsSentence)
        {
            return carries;
        }

        if (label == ModelLabels.Clean)
        {
            return carries ? true : null;
        }

        return carries ? null : false;
    }
}
