using System.Collections;
using System.Reflection;
using Microsoft.ML;

namespace MessageLint.Classifier.Featurization;

/// <summary>
/// Reads the inverse document frequencies a TF-IDF featurizer learned. ML.NET keeps them in private
/// fields of its n-gram extractors (the word extractor comes first in the featurizer's chain, the
/// character extractor second), so they are read by reflection; when the layout is not the one
/// expected (another ML.NET version), reading fails and the model predicts through ML.NET instead.
/// The compiled-versus-ML.NET equality test guards the result.
/// </summary>
internal static class NgramWeightReader
{
    private const string ExtractorTypeName = "Microsoft.ML.Transforms.Text.NgramExtractingTransformer";

    /// <summary>The weighting of both extractors and, for TF-IDF, each one's IDF per n-gram id.</summary>
    public static bool TryRead(ITransformer featurizer, out NgramWeights weights)
    {
        ArgumentNullException.ThrowIfNull(featurizer);
        weights = NgramWeights.TermFrequency;
        var extractors = new List<object>();
        try
        {
            Collect(featurizer, extractors, new HashSet<object>(ReferenceEqualityComparer.Instance), 0);
        }
        catch (Exception ex) when (ex is TargetInvocationException or FieldAccessException or InvalidCastException)
        {
            return false;
        }

        if (extractors.Count != 2)
        {
            return false;
        }

        var parts = new double[2][];
        var anyIdf = false;
        for (var part = 0; part < 2; part++)
        {
            if (!TryReadExtractor(extractors[part], out var weighting, out var idf))
            {
                return false;
            }

            switch (weighting)
            {
                case "Tf":
                    parts[part] = [];
                    break;
                case "TfIdf" when idf is not null:
                    parts[part] = idf;
                    anyIdf = true;
                    break;
                default:
                    return false;
            }
        }

        weights = anyIdf ? new NgramWeights(WordIdf: parts[0], CharIdf: parts[1]) : NgramWeights.TermFrequency;
        return true;
    }

    private static bool TryReadExtractor(object extractor, out string? weighting, out double[]? idf)
    {
        weighting = null;
        idf = null;
        var type = extractor.GetType();
        var infos = type.GetField("_transformInfos", BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(extractor) as IEnumerable;
        var info = infos?.Cast<object>().FirstOrDefault();
        weighting = info?.GetType().GetField("Weighting", BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Instance)?.GetValue(info)?.ToString();
        if (weighting is null)
        {
            return false;
        }

        if (type.GetField("_invDocFreqs", BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(extractor) is double[][] { Length: > 0 } frequencies)
        {
            idf = frequencies[0];
        }

        return true;
    }

    /// <summary>Depth-first, in field and chain order, so the word extractor is found before the character one.</summary>
    private static void Collect(object node, List<object> extractors, HashSet<object> seen, int depth)
    {
        if (depth > 8 || !seen.Add(node))
        {
            return;
        }

        var type = node.GetType();
        if (type.FullName == ExtractorTypeName)
        {
            extractors.Add(node);
            return;
        }

        if (node is IEnumerable sequence and not string)
        {
            foreach (var item in sequence)
            {
                if (item is ITransformer or IEnumerable)
                {
                    Collect(item, extractors, seen, depth + 1);
                }
            }
        }

        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (field.GetValue(node) is { } value && (value is ITransformer || (value is IEnumerable and not string && IsTransformerSequence(value))))
                {
                    Collect(value, extractors, seen, depth + 1);
                }
            }
        }
    }

    private static bool IsTransformerSequence(object value)
        => value.GetType() is var type && (type.IsArray ? typeof(ITransformer).IsAssignableFrom(type.GetElementType()) : type.GetGenericArguments().Any(a => typeof(ITransformer).IsAssignableFrom(a)));
}
