namespace MessageLint.Classifier.Featurization;

/// <summary>
/// Character n-grams of up to four UTF-16 units packed into one 64-bit key, in an open-addressing
/// table: a lookup is one multiply and usually one cache line, where a string dictionary touches a
/// bucket, an entry and the key string. Exact — the key is the n-gram itself — because text reaching
/// the featurizer never contains U+0000 (TextPreprocessor turns control characters into spaces), so
/// zero padding cannot be confused with a character.
/// </summary>
internal sealed class PackedNgramTable
{
    /// <summary>Longest n-gram a key can hold.</summary>
    public const int MaximumLength = 4;

    private const ulong Empty = 0;

    private readonly ulong[] _keys;
    private readonly int[] _slots;
    private readonly int _shift;

    /// <summary>Builds the table from n-grams (each 1–4 units long, none containing U+0000) and their slots.</summary>
    public PackedNgramTable(IEnumerable<KeyValuePair<string, int>> ngrams)
    {
        var entries = ngrams.ToList();
        var bits = 4;
        while ((1 << bits) < entries.Count * 3)
        {
            bits++;
        }

        _keys = new ulong[1 << bits];
        _slots = new int[1 << bits];
        _shift = 64 - bits;
        foreach (var (ngram, slot) in entries)
        {
            var key = Pack(ngram);
            var index = IndexOf(key);
            while (_keys[index] != Empty)
            {
                index = (index + 1) & (_keys.Length - 1);
            }

            _keys[index] = key;
            _slots[index] = slot;
        }
    }

    /// <summary>True when every n-gram fits a key.</summary>
    public static bool CanHold(IEnumerable<string> ngrams)
        => ngrams.All(n => n.Length is > 0 and <= MaximumLength && !n.Contains('\0', StringComparison.Ordinal));

    /// <summary>The key of an n-gram extended by one character (start from 0 with the n-gram's first character at <paramref name="length"/> 0).</summary>
    public static ulong Extend(ulong key, char next, int length) => key | ((ulong)next << (16 * length));

    /// <summary>The slot of the n-gram with this key, or -1.</summary>
    public int Find(ulong key)
    {
        var index = IndexOf(key);
        while (true)
        {
            var found = _keys[index];
            if (found == key)
            {
                return _slots[index];
            }

            if (found == Empty)
            {
                return -1;
            }

            index = (index + 1) & (_keys.Length - 1);
        }
    }

    private static ulong Pack(string ngram)
    {
        var key = 0UL;
        for (var i = 0; i < ngram.Length; i++)
        {
            key = Extend(key, ngram[i], i);
        }

        return key;
    }

    private int IndexOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
