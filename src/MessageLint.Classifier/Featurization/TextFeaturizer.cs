using Microsoft.ML;
using Microsoft.ML.Transforms.Text;

namespace MessageLint.Classifier.Featurization;

/// <summary>
/// Builds the ML.NET featurizer: lower-cased word and character n-grams, each part L2-normalised.
/// ML.NET's defaults would strip diacritics (й→и) and keep punctuation glued to words ("все!"),
/// which ruins Russian, so both are set explicitly.
/// </summary>
public static class TextFeaturizer
{
    /// <summary>The column the featurizer writes.</summary>
    public const string FeaturesColumn = "Features";

    /// <summary>The featurizer estimator over <see cref="ModelInput.Text"/>.</summary>
    public static IEstimator<ITransformer> Create(MLContext context, FeaturizerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        var weighting = settings.TfIdf ? NgramExtractingEstimator.WeightingCriteria.TfIdf : NgramExtractingEstimator.WeightingCriteria.Tf;
        var options = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = true,
            KeepPunctuations = false,
            KeepNumbers = true,
            StopWordsRemoverOptions = null,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
            WordFeatureExtractor = new WordBagEstimator.Options
            {
                NgramLength = settings.WordNgramLength,
                UseAllLengths = true,
                MaximumNgramsCount = [.. Enumerable.Repeat(settings.MaximumNgramsPerLength, settings.WordNgramLength)],
                Weighting = weighting,
            },
            CharFeatureExtractor = new WordBagEstimator.Options
            {
                NgramLength = settings.CharNgramLength,
                UseAllLengths = true,
                MaximumNgramsCount = [.. Enumerable.Repeat(settings.MaximumNgramsPerLength, settings.CharNgramLength)],
                Weighting = weighting,
            },
        };
        return context.Transforms.Text.FeaturizeText(FeaturesColumn, options, nameof(ModelInput.Text));
    }
}
