using System.Globalization;

namespace MessageLint.Core.Lexicons;

/// <summary>
/// One trie of the anchors of every built-in lexicon chunk (<see cref="LexiconAnchors"/>). A
/// sentence is walked once, from every word start, and the result — which chunks could match at
/// all, and at which positions (<see cref="AnchorHits"/>) — is shared by all the rules that look at the
/// same sentence. Most sentences match almost nothing, so most regular expressions never run, and the
/// rest are tried only where their anchors start; a chunk without anchors always runs. The
/// result for the last texts is kept per thread, keyed by the string instance: the engine runs rule
/// after rule over every sentence of a draft, and each rule asks about each sentence many times, so
/// the cache holds the sentences of a long draft (with room for only 4, a draft of 5 sentences or more
/// was walked again for every rule).
/// </summary>
internal sealed class LexiconAnchorIndex
{
    private const int CacheSize = 32;

    private static readonly char[] FoldTable = BuildFoldTable();

    /// <summary>
    /// Per character: 1 for a letter or number (a word goes on), 2 for a separator (comma or white
    /// space). The walk asks at every position of every sentence, where char.IsLetter and friends
    /// showed up in profiles.
    /// </summary>
    private static readonly byte[] CharacterKinds = BuildCharacterKinds();

    [ThreadStatic]
    private static AnchorHits[]? t_cache;

    [ThreadStatic]
    private static int t_next;

    private readonly int[] _rootEdges;
    private readonly TrieNode[] _nodes;
    private readonly char[] _childCharacters;
    private readonly int[] _childNodes;
    private readonly int[] _endings;
    private readonly int _chunkCount;

    private LexiconAnchorIndex(int chunkCount, int[] rootEdges, TrieNode[] nodes, char[] childCharacters, int[] childNodes, int[] endings)
    {
        _chunkCount = chunkCount;
        _rootEdges = rootEdges;
        _nodes = nodes;
        _childCharacters = childCharacters;
        _childNodes = childNodes;
        _endings = endings;
    }

    /// <summary>
    /// Builds the index; <paramref name="chunkAnchors"/>[i] is chunk i's anchors (never null here).
    /// Nodes are numbered from 1 (0 is "no node") breadth first, so the shallow nodes every walk visits
    /// sit together in memory; the root's edges go to a flat table by character, and each other node's
    /// children and chunks lie in one run of flat arrays (<see cref="TrieNode"/>). A hash table keyed by
    /// (node, character) sent each step of a walk to a random place of a few megabytes.
    /// </summary>
    public static LexiconAnchorIndex Build(IReadOnlyList<IReadOnlyList<string>> chunkAnchors)
    {
        ArgumentNullException.ThrowIfNull(chunkAnchors);
        // First as a hash of (node, character) edges; then renumbered and laid out flat.
        var edges = new Dictionary<ulong, int>();
        var ending = new List<List<int>> { new() };
        for (var chunk = 0; chunk < chunkAnchors.Count; chunk++)
        {
            foreach (var anchor in chunkAnchors[chunk])
            {
                var node = 0;
                foreach (var c in anchor)
                {
                    var key = ((ulong)node << 16) | Fold(c);
                    if (!edges.TryGetValue(key, out var child))
                    {
                        child = ending.Count;
                        ending.Add([]);
                        edges.Add(key, child);
                    }

                    node = child;
                }

                if (!ending[node].Contains(chunk))
                {
                    ending[node].Add(chunk);
                }
            }
        }

        // Each node's children in character order: the keys sort by node, then character.
        var sortedKeys = edges.Keys.ToArray();
        Array.Sort(sortedKeys);
        var firstEdge = new int[ending.Count + 1];
        foreach (var key in sortedKeys)
        {
            firstEdge[(int)(key >> 16) + 1]++;
        }

        for (var n = 0; n < ending.Count; n++)
        {
            firstEdge[n + 1] += firstEdge[n];
        }

        // Breadth-first numbering: the root's children first, then theirs, each node's in character order.
        var order = new List<int>(ending.Count) { 0 };
        var number = new int[ending.Count];
        for (var i = 0; i < order.Count; i++)
        {
            for (var e = firstEdge[order[i]]; e < firstEdge[order[i] + 1]; e++)
            {
                var child = edges[sortedKeys[e]];
                number[child] = order.Count;
                order.Add(child);
            }
        }

        var rootEdges = new int[char.MaxValue + 1];
        for (var e = firstEdge[0]; e < firstEdge[1]; e++)
        {
            rootEdges[(char)sortedKeys[e]] = number[edges[sortedKeys[e]]];
        }

        var nodes = new TrieNode[order.Count];
        var childCharacters = new char[sortedKeys.Length];
        var childNodes = new int[sortedKeys.Length];
        var endings = new List<int>();
        var placed = 0;
        for (var n = 1; n < order.Count; n++)
        {
            var old = order[n];
            nodes[n] = new TrieNode(placed, firstEdge[old + 1] - firstEdge[old], endings.Count, ending[old].Count);
            for (var e = firstEdge[old]; e < firstEdge[old + 1]; e++)
            {
                childCharacters[placed] = (char)sortedKeys[e];
                childNodes[placed] = number[edges[sortedKeys[e]]];
                placed++;
            }

            endings.AddRange(ending[old]);
        }

        return new LexiconAnchorIndex(chunkAnchors.Count, rootEdges, nodes, childCharacters, childNodes, [.. endings]);
    }

    /// <summary>
    /// The comparison form of a character: lexicon folding (ё→е, ’→') and then lower case of upper
    /// case, which also maps case partners such as the Kelvin sign or long s onto their letters, so
    /// anything a case-insensitive expression would accept lands on the anchor's character; every
    /// decimal digit becomes its ASCII digit, as <c>\d</c> accepts them all.
    /// </summary>
    public static char Fold(char c) => FoldTable[c];

    /// <summary>Which chunks could match somewhere in the text, and where their anchors start.</summary>
    public AnchorHits Candidates(string text)
    {
        var cache = t_cache ??= new AnchorHits[CacheSize];
        foreach (var entry in cache)
        {
            if (entry is not null && ReferenceEquals(entry.Text, text) && ReferenceEquals(entry.Index, this))
            {
                return entry;
            }
        }

        // The slot that falls out of the cache lends its arrays: every caller reads the answer at once
        // and never keeps it past its next question, so nothing still looks at the old contents.
        var slot = cache[t_next];
        if (slot is not null && slot.Bits.Length == (_chunkCount + 63) / 64)
        {
            slot.Reset(text, this);
        }
        else
        {
            slot = cache[t_next] = new AnchorHits(text, this, _chunkCount);
        }

        t_next = (t_next + 1) % CacheSize;
        Compute(text, slot);
        return slot;
    }

    private void Compute(string text, AnchorHits hits)
    {
        for (var start = 0; start < text.Length; start++)
        {
            if (start > 0 && IsWordCharacter(text[start - 1]))
            {
                continue;
            }

            // Most walks end at the first character, so the root's edges are a flat table. A run of
            // white space and commas is walked as one space, as phrases match "[\s,]+" between words.
            var i = start;
            var firstOfStart = hits.Count;
            var node = _rootEdges[Next(text, ref i)];
            while (node != 0)
            {
                var info = _nodes[node];
                for (var e = info.FirstEnding; e < info.FirstEnding + info.EndingCount; e++)
                {
                    hits.Add(_endings[e], start, firstOfStart);
                }

                if (i == text.Length)
                {
                    break;
                }

                node = Child(info, Next(text, ref i));
            }
        }
    }

    /// <summary>The child of a node (not the root) by <paramref name="c"/>, or 0: a scan of its few children, a binary search of many.</summary>
    private int Child(TrieNode node, char c)
    {
        var characters = _childCharacters.AsSpan(node.FirstChild, node.ChildCount);
        var at = characters.Length <= 8 ? characters.IndexOf(c) : characters.BinarySearch(c);
        return at < 0 ? 0 : _childNodes[node.FirstChild + at];
    }

    /// <summary>True for the characters a walk reads as one space when they come in a run.</summary>
    public static bool IsSeparator(char c) => CharacterKinds[c] == 2;

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
    private static bool IsWordCharacter(char c) => CharacterKinds[c] == 1;

    private static byte[] BuildCharacterKinds()
    {
        var kinds = new byte[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            kinds[i] = char.IsLetter(c) || char.IsNumber(c) ? (byte)1 : c == ',' || char.IsWhiteSpace(c) ? (byte)2 : (byte)0;
        }

        return kinds;
    }

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
}
