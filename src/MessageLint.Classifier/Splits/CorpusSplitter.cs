using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using MessageLint.Core.Evaluation;

namespace MessageLint.Classifier.Splits;

/// <summary>
/// The fixed train/dev/test split: the first four bytes of SHA-256 over the item's group id (its id
/// when it has no group) pick a bucket from 0 to 99; buckets 0–69 train, 70–84 dev, 85–99 test.
/// Hashing the group keeps near-variants and translations on one side, and the split never moves
/// when items are added or reordered. Folds for cross-validation hash the same key with a salt.
/// </summary>
public static class CorpusSplitter
{
    /// <summary>The key the split hashes: the group, or the id for an ungrouped item.</summary>
    public static string KeyOf(LabelledMessage item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return string.IsNullOrEmpty(item.Group) ? item.Id : item.Group;
    }

    /// <summary>The bucket, 0–99, of a key.</summary>
    public static int Bucket(string key) => (int)(Hash(key) % 100);

    /// <summary>The split of an item.</summary>
    public static DataSplit Assign(LabelledMessage item)
    {
        var bucket = Bucket(KeyOf(item));
        return bucket < 70 ? DataSplit.Train : bucket < 85 ? DataSplit.Dev : DataSplit.Test;
    }

    /// <summary>The cross-validation fold, 0 to <paramref name="folds"/> − 1, of an item; whole groups share a fold.</summary>
    public static int Fold(LabelledMessage item, int folds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        return (int)(Hash("fold:" + KeyOf(item)) % (uint)folds);
    }

    /// <summary>The items of one split, in their original order.</summary>
    public static IReadOnlyList<LabelledMessage> Select(IEnumerable<LabelledMessage> items, DataSplit split) => [.. items.Where(i => Assign(i) == split)];

    private static uint Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), digest);
        return BinaryPrimitives.ReadUInt32BigEndian(digest);
    }
}
