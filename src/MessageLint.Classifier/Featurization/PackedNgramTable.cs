using MessageLint.Core.Collections;

namespace MessageLint.Classifier.Featurization;

/// <summary>
/// Character n-grams of up to four UTF-16 units packed into one 64-bit key, in a
/// <see cref="UInt64KeyedTable"/>: a lookup is one multiply and usually one cache line, where a
/// string dictionary touches a bucket, an entry and the key string. Exact — the key is the n-gram itself — because text reaching
/// the featurizer never contains U+0000 (TextPreprocessor turns control characters into spaces), so
/// zero padding cannot be confused with a character.
/// </summary>
internal sealed class PackedNgramTable
{
    /// <summary>Longest n-gram a key can hold.</summary>
    public const int MaximumLength = 4;

    private readonly UInt64KeyedTable _table;

    /// <summary>Builds the table from n-grams (each 1–4 units long, none containing U+0000) and their slots.</summary>
    public PackedNgramTable(IEnumerable<KeyValuePair<string, int>> ngrams)
        => _table = new UInt64KeyedTable([.. ngrams.Select(n => KeyValuePair.Create(Pack(n.Key), n.Value))]);

    /// <summary>True when every n-gram fits a key.</summary>
    public static bool CanHold(IEnumerable<string> ngrams)
        => ngrams.All(n => n.Length is > 0 and <= MaximumLength && !n.Contains('\0', StringComparison.Ordinal));

    /// <summary>The key of an n-gram extended by one character (start from 0 with the n-gram's first character at <paramref name="length"/> 0).</summary>
    public static ulong Extend(ulong key, char next, int length) => key | ((ulong)next << (16 * length));

    /// <summary>The slot of the n-gram with this key, or -1.</summary>
    public int Find(ulong key) => _table.Find(key);

    private static ulong Pack(string ngram)
    {
        var key = 0UL;
        for (var i = 0; i < ngram.Length; i++)
        {
            key = Extend(key, ngram[i], i);
        }

        return key;
    }

}
