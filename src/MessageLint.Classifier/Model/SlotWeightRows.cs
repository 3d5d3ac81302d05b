using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using MessageLint.Classifier.Featurization;

namespace MessageLint.Classifier.Model;

/// <summary>
/// The heads' weights as prediction reads them: one row per feature slot holding the slot's weight
/// for every head and, in the row's last lane, the slot's IDF. With up to 15 heads a row is 16 floats,
/// 64 bytes aligned to a cache line, so a feature costs one memory access for its IDF and all its
/// weights (the weights are megabytes and a sentence's features land all over them), and the heads
/// are summed with a few vector multiply-adds instead of one scalar product per head.
/// </summary>
internal sealed class SlotWeightRows
{
    private const int CacheLine = 64;

    private readonly float[] _storage;
    private readonly int _offset;
    private readonly int _vectors;

    public SlotWeightRows(IReadOnlyList<LinearHead> heads, CompiledFeaturizer featurizer)
    {
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(featurizer);
        var lanes = Vector256<float>.Count;
        Width = (heads.Count + 1 + lanes - 1) / lanes * lanes;
        _vectors = Width / lanes;
        var count = featurizer.FeatureCount;

        // Pinned, so the offset that aligns the first row to a cache line stays right.
        _storage = GC.AllocateArray<float>((count * Width) + (CacheLine / sizeof(float)), pinned: true);
        var misalignment = (int)(Marshal.UnsafeAddrOfPinnedArrayElement(_storage, 0) % CacheLine);
        _offset = misalignment == 0 ? 0 : (CacheLine - misalignment) / sizeof(float);
        var rows = _storage.AsSpan(_offset, count * Width);
        for (var h = 0; h < heads.Count; h++)
        {
            var weights = heads[h].Weights;
            var slots = Math.Min(count, weights.Length);
            for (var slot = 0; slot < slots; slot++)
            {
                rows[(slot * Width) + h] = weights[slot];
            }
        }

        for (var slot = 0; slot < count; slot++)
        {
            rows[(slot * Width) + Width - 1] = (float)featurizer.SlotWeight(slot);
        }
    }

    /// <summary>Floats per row: the heads, padding, and the IDF last; a whole number of 256-bit vectors.</summary>
    public int Width { get; }

    /// <summary>
    /// Adds one part's contribution to <paramref name="margins"/> (<see cref="Width"/> lanes, head h in
    /// lane h): the part's counts times their IDF, L2-normalised over the part, times each head's weights.
    /// </summary>
    public void AddPart(ReadOnlySpan<int> slots, in FeatureCounts counts, Span<float> margins)
    {
        if (slots.IsEmpty)
        {
            return;
        }

        Span<Vector256<float>> sums = stackalloc Vector256<float>[_vectors];
        var sumOfSquares = 0f;
        var storage = _storage.AsSpan(_offset);
        foreach (var slot in slots)
        {
            var row = storage.Slice(slot * Width, Width);
            var value = counts.Of(slot) * row[Width - 1];
            sumOfSquares += value * value;
            var scaled = Vector256.Create(value);
            for (var v = 0; v < _vectors; v++)
            {
                sums[v] += Vector256.Create(row.Slice(v * Vector256<float>.Count, Vector256<float>.Count)) * scaled;
            }
        }

        if (sumOfSquares <= 0)
        {
            return;
        }

        var normalizer = Vector256.Create(1f / MathF.Sqrt(sumOfSquares));
        for (var v = 0; v < _vectors; v++)
        {
            var lanes = margins.Slice(v * Vector256<float>.Count, Vector256<float>.Count);
            (Vector256.Create((ReadOnlySpan<float>)lanes) + (sums[v] * normalizer)).CopyTo(lanes);
        }
    }
}
