using System.IO.Compression;
using System.Text;
using System.Text.Json;
using MessageLint.Classifier.Featurization;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace MessageLint.Classifier.Model;

/// <summary>
/// A trained sentence model: the ML.NET featurizer plus one calibrated linear head per label.
/// Immutable and thread-safe. Prediction runs on <see cref="CompiledFeaturizer"/> — the same
/// features without ML.NET's per-row overhead — with large batches split across the cores. A model
/// file carries the compiled featurizer's snapshot, so loading one for prediction never touches
/// ML.NET; the ML.NET featurizer is read from the file on first need (training, evaluation, saving,
/// the reference path the compiled one is tested against, and models whose vocabulary cannot be read
/// back).
/// </summary>
public sealed class SentenceModel
{
    /// <summary>Batches up to this size are scored one sentence at a time with pooled engines.</summary>
    public const int SmallBatchSize = 16;

    /// <summary>Sentences per IDataView chunk in the batch path.</summary>
    public const int ChunkSize = 1024;

    private const string FeaturizerEntry = "featurizer.zip";
    private const string CompiledEntry = "compiled-featurizer.bin";
    private const string HeadsEntry = "heads.bin";
    private const string ManifestEntry = "manifest.json";
    private const string ThresholdsEntry = "thresholds.json";
    private const string LexiconsEntry = "lexicons.tsv";
    private static readonly DateTimeOffset FixedEntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly Lazy<MlNetFeaturizer> _mlNet;
    private readonly LinearHead[] _heads;
    private readonly FeaturizerSnapshot? _snapshot;
    private readonly CompiledFeaturizer? _compiled;
    private readonly SlotWeightRows? _rows;

    /// <summary>Wraps a fitted featurizer and its heads.</summary>
    public SentenceModel(MLContext context, ITransformer featurizer, DataViewSchema inputSchema, IReadOnlyList<LinearHead> heads, ModelManifest manifest, ModelThresholds? thresholds = null, LexiconMarkers? lexicons = null)
        : this(Fitted(context, featurizer, inputSchema), heads, manifest, thresholds, lexicons)
    {
    }

    private SentenceModel(MlNetFeaturizer mlNet, IReadOnlyList<LinearHead> heads, ModelManifest manifest, ModelThresholds? thresholds, LexiconMarkers? lexicons)
        : this(new Lazy<MlNetFeaturizer>(mlNet), mlNet.Snapshot(), heads, manifest, thresholds, lexicons)
    {
    }

    private SentenceModel(Lazy<MlNetFeaturizer> mlNet, FeaturizerSnapshot? snapshot, IReadOnlyList<LinearHead> heads, ModelManifest manifest, ModelThresholds? thresholds, LexiconMarkers? lexicons)
    {
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(manifest);
        _mlNet = mlNet;
        _heads = [.. heads];
        Labels = [.. _heads.Select(h => h.Label)];
        Manifest = manifest with { Labels = Labels };
        Thresholds = thresholds;
        Lexicons = lexicons;
        var compiled = snapshot?.Compile();
        _compiled = compiled is { UnreadableSlots: 0 } ? compiled : null;
        _snapshot = _compiled is null ? null : snapshot;
        _rows = _compiled is null ? null : new SlotWeightRows(_heads, _compiled);
        PriorScores = ScoreOne(string.Empty);
    }

    /// <summary>True once the ML.NET featurizer is in memory; a model loaded only to predict never loads it.</summary>
    internal bool IsMlNetLoaded => _mlNet.IsValueCreated;

    /// <summary>True when prediction runs on <see cref="CompiledFeaturizer"/> rather than ML.NET.</summary>
    public bool IsCompiled => _compiled is not null;

    /// <summary>The labels, in the order of every score array.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The model's description of itself.</summary>
    public ModelManifest Manifest { get; }

    /// <summary>The per-label thresholds chosen on the dev split, or null before they are chosen.</summary>
    public ModelThresholds? Thresholds { get; }

    /// <summary>The lexicon phrases whose markers the featurizer sees, or null for a text-only model.</summary>
    public LexiconMarkers? Lexicons { get; }

    /// <summary>The heads, in label order.</summary>
    public IReadOnlyList<LinearHead> Heads => _heads;

    /// <summary>The scores of a sentence with no features at all: what the model says when it knows nothing.</summary>
    public IReadOnlyList<float> PriorScores { get; }

    /// <summary>
    /// A sentence's probabilities read in its paragraph: (1 − w) × <paramref name="sentence"/> + w ×
    /// <paramref name="paragraph"/>, label by label, with w the manifest's <see cref="ModelManifest.ContextWeight"/>.
    /// The same arrays come back when there is nothing to blend (w = 0, or the paragraph is the sentence).
    /// </summary>
    public float[] Blend(float[] sentence, float[] paragraph)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(paragraph);
        var weight = (float)Manifest.ContextWeight;
        if (weight == 0 || ReferenceEquals(sentence, paragraph))
        {
            return sentence;
        }

        var blended = new float[sentence.Length];
        for (var l = 0; l < blended.Length; l++)
        {
            blended[l] = ((1 - weight) * sentence[l]) + (weight * paragraph[l]);
        }

        return blended;
    }

    /// <summary>Scores one sentence.</summary>
    public float[] ScoreOne(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_compiled is not null)
        {
            return ScoreCompiled(text);
        }

        return ScoreOneWithMlNet(text);
    }

    /// <summary>Scores one sentence through ML.NET with a pooled prediction engine: the reference for the compiled path.</summary>
    public float[] ScoreOneWithMlNet(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _mlNet.Value.Score(TextPreprocessor.Prepare(text, Lexicons), features => ApplyHeads(features));
    }

    /// <summary>Scores many sentences; the result has one array per input, in order, each indexed like <see cref="Labels"/>.</summary>
    public float[][] Score(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var results = new float[texts.Count][];
        if (_compiled is not null)
        {
            ScoreAllCompiled(texts, results);
            return results;
        }

        if (texts.Count <= SmallBatchSize)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                results[i] = ScoreOne(texts[i]);
            }

            return results;
        }

        var chunks = (texts.Count + ChunkSize - 1) / ChunkSize;
        if (chunks == 1)
        {
            ScoreChunk(texts, 0, texts.Count, results);
        }
        else
        {
            Parallel.For(0, chunks, chunk =>
            {
                var start = chunk * ChunkSize;
                ScoreChunk(texts, start, Math.Min(ChunkSize, texts.Count - start), results);
            });
        }

        return results;
    }

    /// <summary>The uncalibrated margins of many sentences, for calibration and evaluation.</summary>
    public double[][] Margins(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var margins = new double[texts.Count][];
        var index = 0;
        foreach (var features in Featurize(texts, 0, texts.Count))
        {
            var row = new double[_heads.Length];
            for (var h = 0; h < _heads.Length; h++)
            {
                row[h] = _heads[h].Margin(features);
            }

            margins[index++] = row;
        }

        return margins;
    }

    /// <summary>The same featurizer with other heads (used by calibration).</summary>
    public SentenceModel WithHeads(IReadOnlyList<LinearHead> heads, int calibrationItems)
        => new(_mlNet, _snapshot, heads, Manifest with { CalibrationItems = calibrationItems }, Thresholds, Lexicons);

    /// <summary>The same model with its thresholds.</summary>
    public SentenceModel WithThresholds(ModelThresholds thresholds)
        => new(_mlNet, _snapshot, _heads, Manifest, thresholds, Lexicons);

    /// <summary>Writes the model as one zip: the ML.NET featurizer, its compiled snapshot, the heads and the manifest. Entry times are fixed so that only content changes the file.</summary>
    public void Save(Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        using var archive = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        var featurizerEntry = archive.CreateEntry(FeaturizerEntry, CompressionLevel.Optimal);
        featurizerEntry.LastWriteTime = FixedEntryTime;
        using (var buffer = new MemoryStream())
        {
            _mlNet.Value.Save(buffer, FixedEntryTime);
            using var stream = featurizerEntry.Open();
            buffer.Position = 0;
            buffer.CopyTo(stream);
        }

        if (_snapshot is not null)
        {
            var compiledEntry = archive.CreateEntry(CompiledEntry, CompressionLevel.Optimal);
            compiledEntry.LastWriteTime = FixedEntryTime;
            using var stream = compiledEntry.Open();
            _snapshot.Write(stream);
        }

        var headsEntry = archive.CreateEntry(HeadsEntry, CompressionLevel.Optimal);
        headsEntry.LastWriteTime = FixedEntryTime;
        using (var stream = headsEntry.Open())
        using (var writer = new BinaryWriter(stream, Encoding.UTF8))
        {
            writer.Write(_heads.Length);
            foreach (var head in _heads)
            {
                writer.Write(head.Label);
                writer.Write(head.Bias);
                writer.Write(head.CalibrationSlope);
                writer.Write(head.CalibrationOffset);
                writer.Write(head.Weights.Length);
                foreach (var weight in head.Weights)
                {
                    writer.Write(weight);
                }
            }
        }

        var manifestEntry = archive.CreateEntry(ManifestEntry, CompressionLevel.Optimal);
        manifestEntry.LastWriteTime = FixedEntryTime;
        using (var stream = manifestEntry.Open())
        {
            JsonSerializer.Serialize(stream, Manifest, ManifestJson.Options);
        }

        if (Lexicons is not null)
        {
            var lexiconsEntry = archive.CreateEntry(LexiconsEntry, CompressionLevel.Optimal);
            lexiconsEntry.LastWriteTime = FixedEntryTime;
            using var stream = lexiconsEntry.Open();
            Lexicons.Write(stream);
        }

        if (Thresholds is not null)
        {
            var thresholdsEntry = archive.CreateEntry(ThresholdsEntry, CompressionLevel.Optimal);
            thresholdsEntry.LastWriteTime = FixedEntryTime;
            using var stream = thresholdsEntry.Open();
            Thresholds.Write(stream);
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    public static SentenceModel Load(Stream source)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var archive = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
        var manifest = ReadEntry(archive, ManifestEntry, s => JsonSerializer.Deserialize<ModelManifest>(s, ManifestJson.Options))
            ?? throw new InvalidDataException("The model's manifest is empty.");
        if (manifest.Format is < 1 or > ModelManifest.CurrentFormat)
        {
            throw new InvalidDataException($"The model file has format {manifest.Format}; this version reads formats 1 to {ModelManifest.CurrentFormat}.");
        }

        var featurizerBytes = ReadEntry(archive, FeaturizerEntry, s =>
        {
            using var buffer = new MemoryStream();
            s.CopyTo(buffer);
            return buffer.ToArray();
        });
        var heads = ReadEntry(archive, HeadsEntry, ReadHeads);
        var thresholds = archive.GetEntry(ThresholdsEntry) is null ? null : ReadEntry(archive, ThresholdsEntry, ModelThresholds.Read);
        var lexicons = archive.GetEntry(LexiconsEntry) is null ? null : ReadEntry(archive, LexiconsEntry, LexiconMarkers.Read);
        if (manifest.LexiconEntries > 0 && lexicons?.Entries.Count != manifest.LexiconEntries)
        {
            throw new InvalidDataException($"The model was trained with {manifest.LexiconEntries} lexicon phrases, but its file holds {lexicons?.Entries.Count ?? 0}.");
        }

        // A file without the snapshot (written before it existed) is read through ML.NET at once.
        var mlNet = new Lazy<MlNetFeaturizer>(() => MlNetFeaturizer.Load(featurizerBytes, manifest.Seed), LazyThreadSafetyMode.ExecutionAndPublication);
        var snapshot = archive.GetEntry(CompiledEntry) is null ? mlNet.Value.Snapshot() : ReadEntry(archive, CompiledEntry, FeaturizerSnapshot.Read);
        return new SentenceModel(mlNet, snapshot, heads, manifest, thresholds, lexicons);
    }

    /// <summary>Reads a model file.</summary>
    public static SentenceModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    private static List<LinearHead> ReadHeads(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        var count = reader.ReadInt32();
        var heads = new List<LinearHead>(count);
        for (var h = 0; h < count; h++)
        {
            var label = reader.ReadString();
            var bias = reader.ReadSingle();
            var slope = reader.ReadDouble();
            var offset = reader.ReadDouble();
            var weightCount = reader.ReadInt32();
            if (weightCount is < 0 or > 50_000_000)
            {
                throw new InvalidDataException($"The model's head {label} claims {weightCount} weights.");
            }

            // One bulk read: the file is little-endian, as BinaryWriter writes it.
            var weights = new float[weightCount];
            reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(weights.AsSpan()));
            if (!BitConverter.IsLittleEndian)
            {
                throw new PlatformNotSupportedException("Model files are read on little-endian machines only.");
            }

            heads.Add(new LinearHead(label, weights, bias, slope, offset));
        }

        return heads;
    }

    /// <summary>
    /// Reads an entry after inflating it whole: the readers ask for a few bytes at a time (a string, a
    /// number), and each such read of the inflating stream itself cost more than the inflating.
    /// </summary>
    private static T ReadEntry<T>(ZipArchive archive, string name, Func<Stream, T> read)
    {
        var entry = archive.GetEntry(name) ?? throw new InvalidDataException($"The model file has no '{name}'.");
        using var stream = entry.Open();
        using var inflated = new MemoryStream(entry.Length is > 0 and < int.MaxValue ? (int)entry.Length : 0);
        stream.CopyTo(inflated);
        inflated.Position = 0;
        return read(inflated);
    }

    private void ScoreAllCompiled(IReadOnlyList<string> texts, float[][] results)
    {
        const int ParallelChunk = 256;
        if (texts.Count <= ParallelChunk)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                results[i] = ScoreCompiled(texts[i]);
            }

            return;
        }

        var chunks = (texts.Count + ParallelChunk - 1) / ParallelChunk;
        Parallel.For(0, chunks, chunk =>
        {
            var end = Math.Min(texts.Count, (chunk + 1) * ParallelChunk);
            for (var i = chunk * ParallelChunk; i < end; i++)
            {
                results[i] = ScoreCompiled(texts[i]);
            }
        });
    }

    private float[] ScoreCompiled(string text)
    {
        var counts = _compiled!.Count(TextPreprocessor.Prepare(text, Lexicons));
        var rows = _rows!;
        Span<float> margins = stackalloc float[rows.Width];
        rows.AddPart(counts.CharSlots, counts, margins);
        rows.AddPart(counts.WordSlots, counts, margins);
        var scores = new float[_heads.Length];
        for (var h = 0; h < scores.Length; h++)
        {
            scores[h] = _heads[h].Calibrate(_heads[h].Bias + (double)margins[h]);
        }

        return scores;
    }

    private float[] ApplyHeads(in VBuffer<float> features)
    {
        var scores = new float[_heads.Length];
        for (var h = 0; h < _heads.Length; h++)
        {
            scores[h] = _heads[h].Probability(features);
        }

        return scores;
    }

    private void ScoreChunk(IReadOnlyList<string> texts, int start, int count, float[][] results)
    {
        var index = start;
        foreach (var features in Featurize(texts, start, count))
        {
            results[index++] = ApplyHeads(features);
        }
    }

    private IEnumerable<VBuffer<float>> Featurize(IReadOnlyList<string> texts, int start, int count)
    {
        var prepared = new string[count];
        for (var i = 0; i < count; i++)
        {
            prepared[i] = TextPreprocessor.Prepare(texts[start + i], Lexicons);
        }

        return _mlNet.Value.Featurize(prepared);
    }

    private static MlNetFeaturizer Fitted(MLContext context, ITransformer featurizer, DataViewSchema inputSchema)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(featurizer);
        ArgumentNullException.ThrowIfNull(inputSchema);
        return new MlNetFeaturizer(context, featurizer, inputSchema);
    }
}
