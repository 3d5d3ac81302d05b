using Microsoft.ML.Data;

namespace MessageLint.Classifier.Training;

/// <summary>One featurised training item as one head sees it; the feature size is set at run time through a schema definition.</summary>
internal sealed class HeadTrainingRow
{
    public VBuffer<float> Features { get; set; }

    public bool Label { get; set; }

    public float Weight { get; set; } = 1;
}
