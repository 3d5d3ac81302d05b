using System.Globalization;
using MessageLint.Core.Collections;

namespace MessageLint.Rules.Infrastructure;

/// <summary>
/// One trie of the anchors of every built-in lexicon chunk (<see cref="LexiconAnchors"/>). A
/// sentence is walked once, from every word start, and the result — which chunks could match at
/// all — is shared by all the rules that look at the same sentence. Most sentences match almost
/// nothing, so most regular expressions never run; a chunk without anchors always runs. The
/// result for the last few texts is kept per thread, keyed by the string instance, because rules
/// ask about the same sentence dozens of times in a row.
/// </summary>
internal sealed class LexiconAnchorIndex
{
    private const int CacheSize = 4;

    private static readonly char[] FoldTable = BuildFoldTable();

    [ThreadStatic]
    private static CacheEntry[]? t_cache;

    [ThreadStatic]
    private static int t_next;

    private readonly Dictionary<long, int> _edges = [];
    private readonly int[] _rootEdges = new int[char.MaxValue + 1];
    private readonly List<int[]> _chunksEndingAt = [[]];
    private readonly int _chunkCount;
    private UInt64KeyedTable _innerEdges = new([]);

    private LexiconAnchorIndex(int chunkCount) => _chunkCount = chunkCount;

    /// <summary>How many chunks the index knows.</summary>
    public int ChunkCount => _chunkCount;

    /// <summary>Builds the index; <paramref name="chunkAnchors"/>[i] is chunk i's anchors (never null here).</summary>
    public static LexiconAnchorIndex Build(IReadOnlyList<IReadOnlyList<string>> chunkAnchors)
    {
        ArgumentNullException.ThrowIfNull(chunkAnchors);
        var index = new LexiconAnchorIndex(chunkAnchors.Count);
        var ending = new List<List<int>> { new() };
        for (var chunk = 0; chunk < chunkAnchors.Count; chunk++)
        {
            foreach (var anchor in chunkAnchors[chunk])
            {
                var node = 0;
                foreach (var c in anchor)
                {
                    var key = ((long)node << 16) | Fold(c);
                    if (!index._edges.TryGetValue(key, out var child))
                    {
                        child = ending.Count;
                        ending.Add([]);
                        index._edges.Add(key, child);
                        if (node == 0)
                        {
                            index._rootEdges[Fold(c)] = child;
                        }
                    }

                    node = child;
                }

                if (!ending[node].Contains(chunk))
                {
                    ending[node].Add(chunk);
                }
            }
        }

        index._chunksEndingAt.Clear();
        index._chunksEndingAt.AddRange(ending.Select(e => e.ToArray()));
        index.PackEdges();
        return index;
    }

    /// <summary>
    /// The comparison form of a character: lexicon folding (ё→е, ’→') and then lower case of upper
    /// case, which also maps case partners such as the Kelvin sign or long s onto their letters, so
    /// anything a case-insensitive expression would accept lands on the anchor's character; every
    /// decimal digit becomes its ASCII digit, as <c>\d</c> accepts them all.
    /// </summary>
    public static char Fold(char c) => FoldTable[c];

    /// <summary>Which chunks could match somewhere in the text (a bit per chunk).</summary>
    public ulong[] Candidates(string text)
    {
        var cache = t_cache ??= new CacheEntry[CacheSize];
        foreach (var entry in cache)
        {
            if (entry is not null && ReferenceEquals(entry.Text, text) && ReferenceEquals(entry.Index, this))
            {
                return entry.Bits;
            }
        }

        var bits = Compute(text);
        cache[t_next] = new CacheEntry(text, this, bits);
        t_next = (t_next + 1) % CacheSize;
        return bits;
    }

    private ulong[] Compute(string text)
    {
        var bits = new ulong[(_chunkCount + 63) / 64];
        for (var start = 0; start < text.Length; start++)
        {
            if (start > 0 && IsWordCharacter(text[start - 1]))
            {
                continue;
            }

            // Most walks end at the first character, so the root's edges are a flat table. A run of
            // white space and commas is walked as one space, as phrases match "[\s,]+" between words.
            var i = start;
            var node = _rootEdges[Next(text, ref i)];
            while (node != 0)
            {
                foreach (var chunk in _chunksEndingAt[node])
                {
                    bits[chunk >> 6] |= 1UL << (chunk & 63);
                }

                if (i == text.Length)
                {
                    break;
                }

                node = Child(node, Next(text, ref i));
            }
        }

        return bits;
    }

    /// <summary>
    /// Copies the edges below the root into a <see cref="UInt64KeyedTable"/> keyed by (node,
    /// character): one multiply and usually one probe per step, where the dictionary touched bucket
    /// and entry. Keys are never 0 because only nodes after the root (numbered from 1) are in it.
    /// </summary>
    private void PackEdges()
        => _innerEdges = new UInt64KeyedTable([.. _edges.Where(e => (e.Key >> 16) != 0).Select(e => KeyValuePair.Create((ulong)e.Key, e.Value))]);

    /// <summary>The node reached from <paramref name="node"/> (not the root) by <paramref name="c"/>, or 0.</summary>
    private int Child(int node, char c) => _innerEdges.Find(((ulong)node << 16) | c, missing: 0);

    /// <summary>True for the characters a walk reads as one space when they come in a run.</summary>
    public static bool IsSeparator(char c) => c == ',' || char.IsWhiteSpace(c);

    /// <summary>The folded character at <paramref name="i"/>, or one space for a run of separators; moves past what it read.</summary>
    private static char Next(string text, ref int i)
    {
        var c = text[i++];
        if (!IsSeparator(c))
        {
            return Fold(c);
        }

        while (i < text.Length && IsSeparator(text[i]))
        {
            i++;
        }

        return ' ';
    }

    /// <summary>The lexicons' whole-word test: a match never starts right after a letter or number.</summary>
    private static bool IsWordCharacter(char c) => char.IsLetter(c) || char.IsNumber(c);

    private static char[] BuildFoldTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            c = c switch
            {
                'ё' => 'е',
                'Ё' => 'Е',
                '’' => '\'',
                _ => c,
            };
            table[i] = char.IsSurrogate(c) ? c
                : char.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber ? (char)('0' + (int)char.GetNumericValue(c))
                : char.ToLowerInvariant(char.ToUpperInvariant(c));
        }

        return table;
    }

    private sealed record CacheEntry(string Text, LexiconAnchorIndex Index, ulong[] Bits);
}
