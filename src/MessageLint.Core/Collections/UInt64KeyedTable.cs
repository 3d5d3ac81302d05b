namespace MessageLint.Core.Collections;

/// <summary>
/// A read-only map from non-zero 64-bit keys to integers, as open addressing with linear probing
/// at most one-third full: a lookup is one multiply and usually one probe. The hot loops that look
/// up packed character n-grams or trie edges per character use it where a Dictionary would touch a
/// bucket, an entry and often a key object.
/// </summary>
public sealed class UInt64KeyedTable
{
    private readonly ulong[] _keys;
    private readonly int[] _values;
    private readonly int _shift;

    /// <summary>Builds the table; keys must be distinct and non-zero (zero marks an empty place).</summary>
    public UInt64KeyedTable(IReadOnlyCollection<KeyValuePair<ulong, int>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var bits = 4;
        while ((1 << bits) < entries.Count * 3)
        {
            bits++;
        }

        _keys = new ulong[1 << bits];
        _values = new int[1 << bits];
        _shift = 64 - bits;
        foreach (var (key, value) in entries)
        {
            if (key == 0)
            {
                throw new ArgumentException("Zero is not a valid key.", nameof(entries));
            }

            var index = IndexOf(key);
            while (_keys[index] != 0)
            {
                index = _keys[index] == key ? throw new ArgumentException($"Key {key} appears twice.", nameof(entries)) : (index + 1) & (_keys.Length - 1);
            }

            _keys[index] = key;
            _values[index] = value;
        }
    }

    /// <summary>The value of the key, or <paramref name="missing"/> when the table does not hold it.</summary>
    public int Find(ulong key, int missing = -1)
    {
        var index = IndexOf(key);
        while (true)
        {
            var found = _keys[index];
            if (found == key)
            {
                return _values[index];
            }

            if (found == 0)
            {
                return missing;
            }

            index = (index + 1) & (_keys.Length - 1);
        }
    }

    private int IndexOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
