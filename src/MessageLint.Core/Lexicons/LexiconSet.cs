using System.Collections.Frozen;
using System.Numerics;

namespace MessageLint.Core.Lexicons;

/// <summary>
/// Lexicons compiled together behind one <see cref="LexiconAnchorIndex"/>, so that a sentence is
/// walked once for all of them and only the chunks whose anchors occur in it run their regular
/// expressions. The rules' built-in lexicons are one set; a sentence model's lexicons are another,
/// built from the copy in its model file, so it always matches as it did in training.
/// </summary>
public sealed class LexiconSet
{
    private readonly LexiconAnchorIndex _index;

    /// <summary>Per index chunk id, the position (in <see cref="Keys"/>) of its lexicon and its chunk number there.</summary>
    private readonly (int Lexicon, int Chunk)[] _indexedChunks;

    /// <summary>The chunks without anchors, which run on every text.</summary>
    private readonly (int Lexicon, int Chunk)[] _alwaysRun;

    private readonly Lexicon[] _byPosition;
    private readonly int[] _identity;

    private LexiconSet(FrozenDictionary<string, Lexicon> lexicons, IReadOnlyList<string> keys, LexiconAnchorIndex index, (int, int)[] indexedChunks, (int, int)[] alwaysRun)
    {
        Lexicons = lexicons;
        Keys = keys;
        _byPosition = [.. keys.Select(k => lexicons[k])];
        _identity = [.. Enumerable.Range(0, keys.Count)];
        _index = index;
        _indexedChunks = indexedChunks;
        _alwaysRun = alwaysRun;
    }

    /// <summary>The keys in the order they were given; <see cref="FindMatching(string, Span{bool})"/> reports lexicons by position here.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>The lexicons by key (for the built-in ones "ru/ML7001.blame").</summary>
    public FrozenDictionary<string, Lexicon> Lexicons { get; }

    /// <summary>Compiles (key, lexicon text) pairs and indexes every chunk that has anchors.</summary>
    public static LexiconSet Build(IEnumerable<(string Key, string Content)> lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        var parsed = new Dictionary<string, Lexicon>(StringComparer.Ordinal);
        foreach (var (key, content) in lexicons)
        {
            parsed.Add(key, Lexicon.Parse(key, content));
        }

        var anchors = new List<IReadOnlyList<string>>();
        var ids = new List<(Lexicon Lexicon, int[] ChunkIds)>();
        var indexed = new List<(int, int)>();
        var alwaysRun = new List<(int, int)>();
        var keys = parsed.Keys.ToList();
        for (var position = 0; position < keys.Count; position++)
        {
            var lexicon = parsed[keys[position]];
            var chunkIds = new int[lexicon.ChunkAnchors.Length];
            for (var chunk = 0; chunk < chunkIds.Length; chunk++)
            {
                if (lexicon.ChunkAnchors[chunk] is { } chunkAnchors)
                {
                    chunkIds[chunk] = anchors.Count;
                    anchors.Add(chunkAnchors);
                    indexed.Add((position, chunk));
                }
                else
                {
                    chunkIds[chunk] = -1;
                    alwaysRun.Add((position, chunk));
                }
            }

            ids.Add((lexicon, chunkIds));
        }

        var index = LexiconAnchorIndex.Build(anchors);
        foreach (var (lexicon, chunkIds) in ids)
        {
            lexicon.AttachIndex(index, chunkIds);
        }

        return new LexiconSet(parsed.ToFrozenDictionary(StringComparer.Ordinal), keys, index, [.. indexed], [.. alwaysRun]);
    }

    /// <summary>
    /// Sets <paramref name="matched"/>[i] for every lexicon i (by position in <see cref="Keys"/>) with an
    /// entry in the prose, leaving lexicons already set alone. It runs only the chunks whose anchors
    /// occur in the prose, from the one walk of the index, instead of asking every lexicon in turn.
    /// </summary>
    public void FindMatching(string prose, Span<bool> matched) => FindMatching(prose, _identity, matched);

    /// <summary>
    /// Like <see cref="FindMatching(string, Span{bool})"/> for lexicons in groups: lexicon i belongs to
    /// group <paramref name="groupOf"/>[i], a match sets <paramref name="matched"/>[group], and the
    /// lexicons of a group already set do not run — several lexicons standing for one answer stop
    /// at the first that matches.
    /// </summary>
    public void FindMatching(string prose, ReadOnlySpan<int> groupOf, Span<bool> matched)
    {
        ArgumentNullException.ThrowIfNull(prose);
        if (groupOf.Length != Keys.Count)
        {
            throw new ArgumentException($"Expected a group per lexicon ({Keys.Count}), not {groupOf.Length}.", nameof(groupOf));
        }

        var candidates = _index.Candidates(prose);
        string? folded = null;
        var bitsOfChunks = candidates.Bits;
        for (var word = 0; word < bitsOfChunks.Length; word++)
        {
            for (var bits = bitsOfChunks[word]; bits != 0; bits &= bits - 1)
            {
                var (lexicon, chunk) = _indexedChunks[(word << 6) + BitOperations.TrailingZeroCount(bits)];
                if (!matched[groupOf[lexicon]] && _byPosition[lexicon].ChunkIsMatch(chunk, folded ??= Lexicon.Fold(prose), candidates))
                {
                    matched[groupOf[lexicon]] = true;
                }
            }
        }

        foreach (var (lexicon, chunk) in _alwaysRun)
        {
            if (!matched[groupOf[lexicon]] && _byPosition[lexicon].ChunkIsMatch(chunk, folded ??= Lexicon.Fold(prose), hits: null))
            {
                matched[groupOf[lexicon]] = true;
            }
        }
    }

    /// <summary>
    /// True when the anchor index can rule a lexicon line out without running it: a plain phrase, or a
    /// <c>re:</c> expression whose anchors <see cref="LexiconAnchors"/> can work out. An expression
    /// without anchors ("[\w-]+ or [\w-]+\?") runs on every text.
    /// </summary>
    public static bool IsIndexable(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var trimmed = line.Trim();
        return trimmed.StartsWith("re:", StringComparison.Ordinal)
            ? LexiconAnchors.ForExpression(Lexicon.Fold(trimmed[3..].Trim())) is not null
            : LexiconAnchors.ForPhrase(Lexicon.Fold(trimmed)) is not null;
    }

    /// <summary>How many chunks the anchor index can skip, and how many always run.</summary>
    public (int Indexed, int AlwaysRun) IndexCoverage()
    {
        var chunks = Lexicons.Values.SelectMany(l => l.ChunkAnchors).ToList();
        return (chunks.Count(a => a is not null), chunks.Count(a => a is null));
    }
}
