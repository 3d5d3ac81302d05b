namespace MessageLint.Core.Collections;

/// <summary>
/// A read-only map from non-zero 64-bit keys to integers, as open addressing with linear probing
/// at most one-third full: a lookup is one multiply and usually one probe. The sentence model's hot
/// loop that looks up packed character n-grams uses it where a Dictionary would touch a bucket, an
/// entry and often a key object. A key and its value sit side by side, so a hit costs one
/// cache line, not one in a key array and another in a value array (the n-gram table is megabytes,
/// and the walks mostly miss the cache).
/// </summary>
public sealed class UInt64KeyedTable
{
    private readonly Entry[] _entries;
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

        _entries = new Entry[1 << bits];
        _shift = 64 - bits;
        foreach (var (key, value) in entries)
        {
            if (key == 0)
            {
                throw new ArgumentException("Zero is not a valid key.", nameof(entries));
            }

            var index = IndexOf(key);
            while (_entries[index].Key != 0)
            {
                index = _entries[index].Key == key ? throw new ArgumentException($"Key {key} appears twice.", nameof(entries)) : (index + 1) & (_entries.Length - 1);
            }

            _entries[index] = new Entry(key, value);
        }
    }

    /// <summary>The value of the key, or <paramref name="missing"/> when the table does not hold it.</summary>
    public int Find(ulong key, int missing = -1)
    {
        var index = IndexOf(key);
        while (true)
        {
            ref readonly var entry = ref _entries[index];
            if (entry.Key == key)
            {
                return entry.Value;
            }

            if (entry.Key == 0)
            {
                return missing;
            }

            index = (index + 1) & (_entries.Length - 1);
        }
    }

    private int IndexOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>One place of the table: a key (0 when empty) and its value.</summary>
    private readonly record struct Entry(ulong Key, int Value);
}
