using System.Collections.Concurrent;
using System.IO.Compression;
using MessageLint.Classifier.Featurization;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace MessageLint.Classifier.Model;

/// <summary>
/// The fitted ML.NET featurizer with what running it needs: its context, input schema and a pool of
/// prediction engines (one is not thread-safe). Training, evaluation and saving use it; prediction
/// does not once <see cref="CompiledFeaturizer"/> can stand in, which is why a loaded model creates
/// it only on first use and keeps ML.NET out of a plain check.
/// </summary>
internal sealed class MlNetFeaturizer(MLContext context, ITransformer transformer, DataViewSchema inputSchema)
{
    private readonly ConcurrentBag<PredictionEngine<ModelInput, FeatureVector>> _engines = [];

    /// <summary>Reads the featurizer ML.NET saved into a model file.</summary>
    public static MlNetFeaturizer Load(byte[] saved, int seed)
    {
        var context = new MLContext(seed: seed);
        using var buffer = new MemoryStream(saved, writable: false);
        var transformer = context.Model.Load(buffer, out var inputSchema);
        return new MlNetFeaturizer(context, transformer, inputSchema);
    }

    /// <summary>
    /// Saves the featurizer as ML.NET writes it, but with every entry dated <paramref name="entryTime"/>:
    /// ML.NET dates them at the time of saving, so two runs on the same data wrote different files.
    /// </summary>
    public void Save(Stream destination, DateTimeOffset entryTime)
    {
        using var saved = new MemoryStream();
        context.Model.Save(transformer, inputSchema, saved);
        saved.Position = 0;
        using var source = new ZipArchive(saved, ZipArchiveMode.Read);
        using var target = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = entryTime;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }

    /// <summary>The features of one prepared sentence, through a pooled prediction engine.</summary>
    public float[] Score(string prepared, Func<VBuffer<float>, float[]> heads)
    {
        if (!_engines.TryTake(out var engine))
        {
            engine = context.Model.CreatePredictionEngine<ModelInput, FeatureVector>(transformer, inputSchema);
        }

        try
        {
            return heads(engine.Predict(new ModelInput { Text = prepared }).Features);
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    /// <summary>The features of many prepared sentences, in order, through one IDataView transform.</summary>
    public IEnumerable<VBuffer<float>> Featurize(IReadOnlyList<string> prepared)
    {
        var inputs = new ModelInput[prepared.Count];
        for (var i = 0; i < prepared.Count; i++)
        {
            inputs[i] = new ModelInput { Text = prepared[i] };
        }

        var transformed = transformer.Transform(context.Data.LoadFromEnumerable(inputs));
        var column = transformed.Schema[TextFeaturizer.FeaturesColumn];
        using var cursor = transformed.GetRowCursor([column]);
        var getter = cursor.GetGetter<VBuffer<float>>(column);
        var buffer = default(VBuffer<float>);
        while (cursor.MoveNext())
        {
            getter(ref buffer);
            yield return buffer;
        }
    }

    /// <summary>
    /// The snapshot <see cref="CompiledFeaturizer"/> is built from — slot names and IDF — or null when
    /// the vocabulary cannot be read back unambiguously (then ML.NET keeps predicting).
    /// </summary>
    public FeaturizerSnapshot? Snapshot()
    {
        var column = transformer.GetOutputSchema(inputSchema)[TextFeaturizer.FeaturesColumn];
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        column.GetSlotNames(ref names);
        var slotNames = new string[names.Length];
        var index = 0;
        foreach (var name in names.DenseValues())
        {
            slotNames[index++] = name.ToString();
        }

        return NgramWeightReader.TryRead(transformer, out var weights) ? new FeaturizerSnapshot(slotNames, weights) : null;
    }
}
