namespace MessageLint.Core.Lexicons;

/// <summary>
/// What one walk of the <see cref="LexiconAnchorIndex"/> found in a text: which chunks could match
/// (a bit per chunk) and where — every position at which one of a chunk's anchors starts. Every match
/// of a chunk starts with one of its anchors, so a chunk's expression need only be tried at those
/// positions, not scanned along the whole text: a scan of a chunk whose first characters are common
/// letters attempts a match at most positions, which was most of the lexicons' regular-expression time.
/// </summary>
internal sealed class AnchorHits
{
    private int[] _chunks = new int[32];
    private string? _searchText;
    private int[] _starts = new int[32];

    public AnchorHits(string text, LexiconAnchorIndex index, int chunkCount)
    {
        Text = text;
        Index = index;
        Bits = new ulong[(chunkCount + 63) / 64];
    }

    /// <summary>The text walked (the cache key, by reference).</summary>
    public string Text { get; private set; }

    /// <summary>The index that walked it (the cache key, by reference).</summary>
    public LexiconAnchorIndex Index { get; private set; }

    /// <summary>Bit i is set when chunk i's anchors occur in the text.</summary>
    public ulong[] Bits { get; }

    /// <summary>How many (chunk, start) pairs were found, in order of start.</summary>
    public int Count { get; private set; }

    /// <summary>Empties the hits for another text of the same index.</summary>
    public void Reset(string text, LexiconAnchorIndex index)
    {
        Text = text;
        Index = index;
        Array.Clear(Bits);
        Count = 0;
        _searchText = null;
    }

    /// <summary>
    /// True when the text contains, for every set, one of its literals (<see cref="LexiconRequirements"/>), compared
    /// as the index compares anchors: each character folded by <see cref="LexiconAnchorIndex.Fold"/>.
    /// </summary>
    public bool ContainsAll(string[][] requirements)
    {
        if (requirements.Length == 0)
        {
            return true;
        }

        var text = _searchText ??= string.Create(Text.Length, Text, static (folded, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                folded[i] = LexiconAnchorIndex.Fold(source[i]);
            }
        });

        foreach (var set in requirements)
        {
            var found = false;
            foreach (var literal in set)
            {
                if (text.Contains(literal, StringComparison.Ordinal))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether chunk <paramref name="chunk"/>'s anchors occur at all.</summary>
    public bool Contains(int chunk) => (Bits[chunk >> 6] & (1UL << (chunk & 63))) != 0;

    /// <summary>
    /// Records that an anchor of <paramref name="chunk"/> starts at <paramref name="start"/>. Starts come in
    /// ascending order; a chunk met twice from one start (two anchors of different lengths) is kept once,
    /// looking back only over the pairs of that start (<paramref name="firstOfStart"/> on).
    /// </summary>
    public void Add(int chunk, int start, int firstOfStart)
    {
        Bits[chunk >> 6] |= 1UL << (chunk & 63);
        for (var i = firstOfStart; i < Count; i++)
        {
            if (_chunks[i] == chunk)
            {
                return;
            }
        }

        if (Count == _chunks.Length)
        {
            Array.Resize(ref _chunks, Count * 2);
            Array.Resize(ref _starts, Count * 2);
        }

        _chunks[Count] = chunk;
        _starts[Count] = start;
        Count++;
    }

    /// <summary>
    /// The next position at or after <paramref name="from"/> where an anchor of <paramref name="chunk"/>
    /// starts, moving <paramref name="cursor"/> (start it at 0) past it; -1 when there is none.
    /// </summary>
    public int NextStart(int chunk, int from, ref int cursor)
    {
        while (cursor < Count)
        {
            var i = cursor++;
            if (_chunks[i] == chunk && _starts[i] >= from)
            {
                return _starts[i];
            }
        }

        return -1;
    }
}
