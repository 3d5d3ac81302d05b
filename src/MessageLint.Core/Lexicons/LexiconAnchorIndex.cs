using System.Globalization;
using System.Runtime.CompilerServices;

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
    /// <remarks>
    /// The trie is grown from the anchors in sorted order, each sharing its prefix with the one before,
    /// so no hash table of edges is needed: built that way, in code the JIT had not optimised yet (it runs
    /// once), it took about 0.2 s of every process that loads the lexicons, most of a one-draft check's start.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static LexiconAnchorIndex Build(IReadOnlyList<IReadOnlyList<string>> chunkAnchors)
    {
        ArgumentNullException.ThrowIfNull(chunkAnchors);
        var (anchors, chunks) = SortedAnchors(chunkAnchors);

        // Nodes in order of creation (0 is the root): a parent's children come in character order.
        var capacity = 1;
        foreach (var anchor in anchors)
        {
            capacity += anchor.Length;
        }

        var parents = new int[capacity];
        var characters = new char[capacity];
        var firstEnding = new int[capacity];
        var endingCount = new int[capacity];
        var endingChunks = new List<int>(chunks.Length);
        var path = new int[anchors.Length == 0 ? 1 : anchors.Max(a => a.Length) + 1];
        var created = 1;
        var previous = string.Empty;
        for (var i = 0; i < anchors.Length; i++)
        {
            var anchor = anchors[i];
            if (i > 0 && string.Equals(anchor, previous, StringComparison.Ordinal))
            {
                // The same anchor again: a further chunk for its node, each chunk once.
                if (endingChunks[^1] != chunks[i])
                {
                    endingChunks.Add(chunks[i]);
                    endingCount[path[anchor.Length]]++;
                }

                continue;
            }

            for (var depth = anchor.AsSpan().CommonPrefixLength(previous); depth < anchor.Length; depth++)
            {
                parents[created] = path[depth];
                characters[created] = anchor[depth];
                path[depth + 1] = created++;
            }

            var node = path[anchor.Length];
            firstEnding[node] = endingChunks.Count;
            endingCount[node] = 1;
            endingChunks.Add(chunks[i]);
            previous = anchor;
        }

        // Each node's children, in creation order, which is character order.
        var firstChild = new int[created + 1];
        for (var n = 1; n < created; n++)
        {
            firstChild[parents[n] + 1]++;
        }

        for (var n = 0; n < created; n++)
        {
            firstChild[n + 1] += firstChild[n];
        }

        var children = new int[Math.Max(created - 1, 0)];
        var filled = firstChild[..created];
        for (var n = 1; n < created; n++)
        {
            children[filled[parents[n]]++] = n;
        }

        // Breadth-first numbering: the root's children first, then theirs, each node's in character order.
        var order = new int[created];
        var number = new int[created];
        var ordered = 1;
        for (var i = 0; i < ordered; i++)
        {
            for (var e = firstChild[order[i]]; e < firstChild[order[i] + 1]; e++)
            {
                number[children[e]] = ordered;
                order[ordered++] = children[e];
            }
        }

        var rootEdges = new int[char.MaxValue + 1];
        for (var e = firstChild[0]; e < firstChild[1]; e++)
        {
            rootEdges[characters[children[e]]] = number[children[e]];
        }

        var nodes = new TrieNode[created];
        var childCharacters = new char[children.Length];
        var childNodes = new int[children.Length];
        var endings = new int[endingChunks.Count];
        var placed = 0;
        var placedEndings = 0;
        for (var n = 1; n < created; n++)
        {
            var old = order[n];
            nodes[n] = new TrieNode(placed, firstChild[old + 1] - firstChild[old], placedEndings, endingCount[old]);
            for (var e = firstChild[old]; e < firstChild[old + 1]; e++)
            {
                childCharacters[placed] = characters[children[e]];
                childNodes[placed] = number[children[e]];
                placed++;
            }

            for (var e = 0; e < endingCount[old]; e++)
            {
                endings[placedEndings++] = endingChunks[firstEnding[old] + e];
            }
        }

        return new LexiconAnchorIndex(chunkAnchors.Count, rootEdges, nodes, childCharacters, childNodes, endings);
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

    /// <summary>
    /// Every non-empty anchor folded (<see cref="Fold"/>), with its chunk, sorted by anchor and then chunk;
    /// an anchor with nothing in it would end at the root, which no walk reports.
    /// </summary>
    private static (string[] Anchors, int[] Chunks) SortedAnchors(IReadOnlyList<IReadOnlyList<string>> chunkAnchors)
    {
        var anchors = new List<string>();
        var chunks = new List<int>();
        for (var chunk = 0; chunk < chunkAnchors.Count; chunk++)
        {
            foreach (var anchor in chunkAnchors[chunk])
            {
                if (anchor.Length > 0)
                {
                    anchors.Add(string.Create(anchor.Length, anchor, static (folded, source) =>
                    {
                        for (var i = 0; i < source.Length; i++)
                        {
                            folded[i] = Fold(source[i]);
                        }
                    }));
                    chunks.Add(chunk);
                }
            }
        }

        var sortedAnchors = anchors.ToArray();
        var sortedChunks = chunks.ToArray();
        Array.Sort(sortedAnchors, sortedChunks, StringComparer.Ordinal);

        // The sort is not stable: put each run of one anchor's chunks in order.
        for (var run = 0; run < sortedAnchors.Length;)
        {
            var end = run + 1;
            while (end < sortedAnchors.Length && string.Equals(sortedAnchors[end], sortedAnchors[run], StringComparison.Ordinal))
            {
                end++;
            }

            Array.Sort(sortedChunks, run, end - run);
            run = end;
        }

        return (sortedAnchors, sortedChunks);
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
