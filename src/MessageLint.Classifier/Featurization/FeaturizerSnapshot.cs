using System.Runtime.InteropServices;
using System.Text;

namespace MessageLint.Classifier.Featurization;

/// <summary>
/// What <see cref="CompiledFeaturizer"/> is built from — the featurizer's slot names and its n-gram
/// IDF — written beside the ML.NET featurizer in the model file, so prediction loads without ML.NET:
/// deserialising the ML.NET transformers and listing their 110,000 slot names cost a quarter of a
/// second and tens of MB on every process start.
/// </summary>
public sealed record FeaturizerSnapshot(IReadOnlyList<string> SlotNames, NgramWeights Weights)
{
    private const int Version = 1;

    /// <summary>The compiled featurizer this describes.</summary>
    public CompiledFeaturizer Compile() => CompiledFeaturizer.FromSlotNames(SlotNames, Weights);

    /// <summary>Writes the snapshot (UTF-8 strings, little-endian numbers).</summary>
    public void Write(Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        using var writer = new BinaryWriter(destination, Encoding.UTF8, leaveOpen: true);
        writer.Write(Version);
        writer.Write(SlotNames.Count);
        foreach (var name in SlotNames)
        {
            writer.Write(name);
        }

        WriteArray(writer, Weights.WordIdf);
        WriteArray(writer, Weights.CharIdf);
    }

    /// <summary>Reads a snapshot written by <see cref="Write"/>.</summary>
    public static FeaturizerSnapshot Read(Stream source)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var reader = new BinaryReader(source, Encoding.UTF8, leaveOpen: true);
        var version = reader.ReadInt32();
        if (version != Version)
        {
            throw new InvalidDataException($"The model's compiled featurizer has version {version}; this version reads {Version}.");
        }

        var names = new string[ReadCount(reader)];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = reader.ReadString();
        }

        var wordIdf = ReadArray(reader);
        var charIdf = ReadArray(reader);
        return new FeaturizerSnapshot(names, new NgramWeights(wordIdf, charIdf));
    }

    private static void WriteArray(BinaryWriter writer, double[] values)
    {
        writer.Write(values.Length);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    private static double[] ReadArray(BinaryReader reader)
    {
        // One bulk read: the file is little-endian, as BinaryWriter writes it (SentenceModel reads only on such machines).
        var values = new double[ReadCount(reader)];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    private static int ReadCount(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return count is >= 0 and <= 50_000_000 ? count : throw new InvalidDataException($"The model's compiled featurizer claims {count} entries.");
    }
}
