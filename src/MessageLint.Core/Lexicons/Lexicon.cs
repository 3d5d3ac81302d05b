using System.Text;
using System.Text.RegularExpressions;

namespace MessageLint.Core.Lexicons;

/// <summary>
/// A list of phrases compiled into regular expressions. Lexicon files hold one entry a line:
/// words separated by spaces match any run of white space; a word ending in <c>~</c> matches any
/// word that starts with it (word forms: <c>клиент~</c> matches клиенты, клиентов); a line starting
/// with <c>re:</c> is a .NET regular expression. Matching ignores case and treats ё as е and ’ as '; entries
/// match whole words only. <c>#</c> starts a comment. Long lexicons are split into chunks
/// (<see cref="PhraseChunkSize"/>, <see cref="ExpressionChunkSize"/>): one huge alternation takes seconds to JIT once compiled and is
/// often slower to scan than a few small ones. Each chunk starts interpreted and compiles itself in
/// the background once it is used often (<see cref="TieredRegex"/>).
/// </summary>
public sealed class Lexicon
{
    /// <summary>
    /// How many plain phrases one expression holds at most. The anchor index runs a chunk when any of its
    /// entries' anchors occurs, so every entry in a chunk runs whenever one of them is anchored on a frequent
    /// word; with 8 phrases and 1 expression a chunk instead of 32 and 4, the audit of the 100,000-post corpus
    /// export took 16% less CPU with byte-identical output (twelfth session, four interleaved rounds).
    /// </summary>
    internal const int PhraseChunkSize = 8;

    /// <summary>How many <c>re:</c> entries one expression holds at most: one, so each runs only where its own anchors occur.</summary>
    internal const int ExpressionChunkSize = 1;

    [ThreadStatic]
    private static List<(Match Match, int Chunk)>? t_pending;

    [ThreadStatic]
    private static string? t_foldedFrom;

    [ThreadStatic]
    private static string? t_folded;

    private readonly TieredRegex[] _patterns;

    /// <summary>Per chunk, its expression tried at one position only (<c>\G</c>), built when first needed.</summary>
    private readonly TieredRegex?[] _anchored;
    private LexiconAnchorIndex? _index;
    private int[] _chunkIds = [];

    /// <summary>Per chunk, the source of its only entry when that is an expression, or null (chunks of phrases).</summary>
    private readonly string?[] _expressionSources;

    /// <summary>
    /// Per chunk, literals every match contains (<see cref="LexiconRequirements"/>; empty when none is known), worked
    /// out when the chunk is first asked about: working them out for every expression at start cost a one-draft check 8%.
    /// </summary>
    private readonly string[][]?[] _requirements;

    private Lexicon(string name, TieredRegex[] patterns, int entryCount, IReadOnlyList<string>?[] chunkAnchors, string?[] expressionSources)
    {
        Name = name;
        _patterns = patterns;
        _expressionSources = expressionSources;
        _requirements = new string[][]?[patterns.Length];
        _anchored = new TieredRegex?[patterns.Length];
        EntryCount = entryCount;
        ChunkAnchors = chunkAnchors;
    }

    /// <summary>Per chunk, the literal strings one of which every match starts with, or null when unknown.</summary>
    internal IReadOnlyList<string>?[] ChunkAnchors { get; }

    /// <summary>The lexicon's name, e.g. "ru/ML7001.blame".</summary>
    public string Name { get; }

    /// <summary>How many entries the lexicon holds.</summary>
    public int EntryCount { get; }

    /// <summary>Compiles lexicon text.</summary>
    public static Lexicon Parse(string name, string content)
    {
        var alternatives = Entries(content);
        if (alternatives.Count == 0)
        {
            throw new InvalidOperationException($"Lexicon {name} has no entries.");
        }

        // Plain phrases compile to simple literal alternations and share chunks; hand-written expressions
        // run alone: merged, the optimiser folded their common prefixes into structures whose compiled code
        // grew far faster than the number of entries, and each ran wherever a chunk-mate's anchor occurred.
        var phrases = alternatives.Where(a => !a.IsExpression).Chunk(PhraseChunkSize);
        var expressions = alternatives.Where(a => a.IsExpression).Chunk(ExpressionChunkSize);
        var chunks = phrases.Concat(expressions).ToArray();
        var patterns = chunks
            .Select(chunk => Compile(WholeWords(string.Join('|', chunk.Select(a => a.Pattern))), RegexOptions.None))
            .ToArray();
        var anchors = chunks.Select(ChunkAnchorsOf).ToArray();
        var expressionSources = chunks.Select(chunk => chunk is [{ IsExpression: true } only] ? only.Source : null).ToArray();
        return new Lexicon(name, patterns, alternatives.Count, anchors, expressionSources);
    }

    /// <summary>
    /// Lets <paramref name="index"/> skip this lexicon's chunks that cannot match a text;
    /// <paramref name="chunkIds"/>[i] is chunk i's id in the index, or -1 for a chunk that always runs.
    /// </summary>
    internal void AttachIndex(LexiconAnchorIndex index, int[] chunkIds)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(chunkIds);
        if (chunkIds.Length != _patterns.Length)
        {
            throw new ArgumentException($"Lexicon {Name} has {_patterns.Length} chunks, not {chunkIds.Length}.", nameof(chunkIds));
        }

        _chunkIds = chunkIds;
        _index = index;
    }

    /// <summary>True when the anchor index shows that no entry can match anywhere in the prose.</summary>
    internal bool CannotMatch(string prose)
    {
        var candidates = CandidateChunks(prose);
        if (candidates is null)
        {
            return false;
        }

        for (var chunk = 0; chunk < _patterns.Length; chunk++)
        {
            if (MayMatch(candidates, chunk))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Chunk <paramref name="chunk"/>'s requirements: literals every match contains, one of each set.</summary>
    internal string[][] ChunkRequirements(int chunk) => Requirements(chunk);

    private string[][] Requirements(int chunk)
    {
        // Two threads may work the same chunk out at once; both get the same answer, and either may be kept.
        return Volatile.Read(ref _requirements[chunk])
            ?? (_requirements[chunk] = _expressionSources[chunk] is { } source ? LexiconRequirements.ForExpression(source) : []);
    }

    /// <summary>How many chunks (regular expressions) the lexicon is split into.</summary>
    internal int ChunkCount => _patterns.Length;

    /// <summary>Chunk <paramref name="chunk"/>'s expression and options, for tests that compile it themselves.</summary>
    internal (string Pattern, RegexOptions Options) ChunkSource(int chunk) => (_patterns[chunk].Pattern, _patterns[chunk].Options);

    /// <summary>
    /// Where chunk <paramref name="chunk"/> is tried in already folded prose (<see cref="Fold"/>): the starts of its
    /// anchors that the attached index saw, none when the index rules the chunk out, or null when the chunk is not
    /// indexed and scans the whole prose. Tests use it to run a chunk only where matching would.
    /// </summary>
    internal List<int>? ChunkTrialStarts(int chunk, string folded)
    {
        var hits = CandidateChunks(folded);
        var id = hits is null ? -1 : _chunkIds[chunk];
        if (id < 0)
        {
            return null;
        }

        var starts = new List<int>();
        if (!hits!.Contains(id) || !hits.ContainsAll(Requirements(chunk)))
        {
            return starts;
        }

        var cursor = 0;
        for (var start = hits.NextStart(id, 0, ref cursor); start >= 0; start = hits.NextStart(id, 0, ref cursor))
        {
            starts.Add(start);
        }

        return starts;
    }

    /// <summary>Chunk <paramref name="chunk"/>'s expression as it is tried at an anchor's start (<c>\G</c> in front).</summary>
    internal (string Pattern, RegexOptions Options) AnchoredChunkSource(int chunk) => ($@"\G(?:{_patterns[chunk].Pattern})", _patterns[chunk].Options);

    /// <summary>
    /// True when chunk <paramref name="chunk"/> matches somewhere in already folded prose (<see cref="Fold"/>),
    /// given the index's hits in that prose (null: scan it all).
    /// </summary>
    internal bool ChunkIsMatch(int chunk, string folded, AnchorHits? hits)
    {
        if (hits is not null && !hits.ContainsAll(Requirements(chunk)))
        {
            return false;
        }

        var id = hits is null ? -1 : _chunkIds[chunk];
        if (id < 0)
        {
            return _patterns[chunk].IsMatch(folded, 0);
        }

        var cursor = 0;
        for (var start = hits!.NextStart(id, 0, ref cursor); start >= 0; start = hits.NextStart(id, 0, ref cursor))
        {
            if (Anchored(chunk).IsMatch(folded, start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index's hits in the prose, or null when every chunk must scan it.</summary>
    private AnchorHits? CandidateChunks(string prose) => _index?.Candidates(prose);

    private bool MayMatch(AnchorHits? candidates, int chunk)
    {
        if (candidates is null)
        {
            return true;
        }

        var id = _chunkIds[chunk];
        return id < 0 || candidates.Contains(id);
    }

    /// <summary>
    /// The chunk's leftmost match starting at or after <paramref name="from"/>, or null. An indexed chunk is
    /// tried only where the index saw one of its anchors start, which is where every one of its matches
    /// starts; the others scan. Both give what one scan from <paramref name="from"/> would.
    /// </summary>
    private Match? NextMatch(int chunk, AnchorHits? hits, string folded, int from)
    {
        if (hits is not null && !hits.ContainsAll(Requirements(chunk)))
        {
            return null;
        }

        var id = hits is null ? -1 : _chunkIds[chunk];
        if (id < 0)
        {
            var scanned = from <= folded.Length ? _patterns[chunk].Match(folded, from) : null;
            return scanned is { Success: true } ? scanned : null;
        }

        if (!hits!.Contains(id))
        {
            return null;
        }

        var cursor = 0;
        for (var start = hits.NextStart(id, from, ref cursor); start >= 0; start = hits.NextStart(id, from, ref cursor))
        {
            var match = Anchored(chunk).Match(folded, start);
            if (match.Success)
            {
                return match;
            }
        }

        return null;
    }

    /// <summary>Chunk <paramref name="chunk"/>'s expression anchored at the position a match is asked from.</summary>
    private TieredRegex Anchored(int chunk)
    {
        var anchored = Volatile.Read(ref _anchored[chunk]);
        if (anchored is null)
        {
            var (source, options) = AnchoredChunkSource(chunk);
            var created = new TieredRegex(source, options);
            anchored = Interlocked.CompareExchange(ref _anchored[chunk], created, null) ?? created;
        }

        return anchored;
    }

    private static IReadOnlyList<string>? ChunkAnchorsOf((string Pattern, bool IsExpression, string Source)[] chunk)
    {
        var anchors = new List<string>();
        foreach (var entry in chunk)
        {
            var entryAnchors = entry.IsExpression ? LexiconAnchors.ForExpression(entry.Source) : LexiconAnchors.ForPhrase(entry.Source);
            if (entryAnchors is null)
            {
                return null;
            }

            anchors.AddRange(entryAnchors);
        }

        return [.. anchors.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// A lexicon pattern as a regular expression that compiles itself once it is used often. Lexicons are
    /// reviewed data, so the interpreted copy runs without a match timeout (on a shared, busy machine a timeout
    /// fired on JIT time alone and silently dropped findings); only the compiled copy has one, after which the
    /// interpreted copy takes over (<see cref="TieredRegex.CompiledMatchTimeout"/>).
    /// </summary>
    internal static TieredRegex Compile(string pattern, RegexOptions extraOptions)
        => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | extraOptions);

    /// <summary>True when any entry occurs in the prose.</summary>
    public bool IsMatch(string prose)
    {
        var candidates = CandidateChunks(prose);
        var folded = Fold(prose);
        for (var chunk = 0; chunk < _patterns.Length; chunk++)
        {
            if (MayMatch(candidates, chunk) && ChunkIsMatch(chunk, folded, candidates))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every non-overlapping match in the prose, in order; at one position the entry listed first wins.</summary>
    public IEnumerable<LexiconMatch> Matches(string prose)
    {
        ArgumentNullException.ThrowIfNull(prose);
        var candidates = CandidateChunks(prose);
        var folded = Fold(prose);
        if (_patterns.Length == 1)
        {
            return MayMatch(candidates, 0) ? Single(candidates, folded, prose) : [];
        }

        // Each chunk's next match waits in a per-thread list. The earliest is taken (at one position, the
        // chunk listed first), and every chunk whose next match starts inside it searches again from its end:
        // what one alternation of all the entries would find, whatever the chunk sizes. Keeping each chunk's
        // own later matches instead let a match hidden under another chunk's hide the chunk's next one.
        var pending = t_pending ??= [];
        pending.Clear();
        for (var chunk = 0; chunk < _patterns.Length; chunk++)
        {
            if (MayMatch(candidates, chunk) && NextMatch(chunk, candidates, folded, 0) is { } match)
            {
                pending.Add((match, chunk));
            }
        }

        if (pending.Count == 0)
        {
            return [];
        }

        var result = new List<LexiconMatch>(pending.Count);
        while (pending.Count > 0)
        {
            var best = 0;
            for (var i = 1; i < pending.Count; i++)
            {
                var (match, chunk) = pending[i];
                if (match.Index < pending[best].Match.Index || (match.Index == pending[best].Match.Index && chunk < pending[best].Chunk))
                {
                    best = i;
                }
            }

            var taken = pending[best].Match;
            result.Add(new LexiconMatch(taken.Index, taken.Length, prose.Substring(taken.Index, taken.Length)));
            var end = taken.Index + Math.Max(taken.Length, 1);
            for (var i = pending.Count - 1; i >= 0; i--)
            {
                var (match, chunk) = pending[i];
                if (match.Index >= end)
                {
                    continue;
                }

                var again = NextMatch(chunk, candidates, folded, end);
                if (again is not null)
                {
                    pending[i] = (again, chunk);
                }
                else
                {
                    pending.RemoveAt(i);
                }
            }
        }

        return result;
    }

    /// <summary>The first match, or null.</summary>
    public LexiconMatch? FirstMatch(string prose)
    {
        ArgumentNullException.ThrowIfNull(prose);
        var candidates = CandidateChunks(prose);
        var folded = Fold(prose);
        Match? best = null;
        for (var chunk = 0; chunk < _patterns.Length; chunk++)
        {
            if (!MayMatch(candidates, chunk))
            {
                continue;
            }

            var match = NextMatch(chunk, candidates, folded, 0);
            if (match is not null && (best is null || match.Index < best.Index))
            {
                best = match;
            }
        }

        return best is null ? null : new LexiconMatch(best.Index, best.Length, prose.Substring(best.Index, best.Length));
    }

    /// <summary>
    /// Folds ё to е and the typographic apostrophe to a plain one ("I’ll" → "I'll") without changing
    /// length, so match offsets stay offsets into the prose.
    /// </summary>
    internal static string Fold(string text)
    {
        if (text.AsSpan().IndexOfAny('ё', 'Ё', '’') < 0)
        {
            return text;
        }

        // Rules fold the same sentence for lexicon after lexicon; the last result is kept per thread.
        if (ReferenceEquals(text, t_foldedFrom))
        {
            return t_folded!;
        }

        var folded = text.Replace('ё', 'е').Replace('Ё', 'Е').Replace('’', '\'');
        t_foldedFrom = text;
        t_folded = folded;
        return folded;
    }

    /// <summary>
    /// Every match of the only chunk, found now rather than as the caller enumerates: the index's hits are a
    /// per-thread cache entry, which the caller's own questions about other texts could reuse in between.
    /// </summary>
    private List<LexiconMatch> Single(AnchorHits? candidates, string folded, string prose)
    {
        // As Match.NextMatch goes on: from the end of the last match, one further after an empty one.
        var found = new List<LexiconMatch>();
        for (var match = NextMatch(0, candidates, folded, 0); match is not null; match = NextMatch(0, candidates, folded, match.Index + Math.Max(match.Length, 1)))
        {
            found.Add(new LexiconMatch(match.Index, match.Length, prose.Substring(match.Index, match.Length)));
        }

        return found;
    }

    /// <summary>The regular expression of every entry of lexicon text, so other matchers can compose lexicons.</summary>
    internal static List<string> EntryPatterns(string content) => [.. Entries(content).Select(e => e.Pattern)];

    /// <summary>The folded source of every <c>re:</c> entry of lexicon text, as anchors are worked out from it.</summary>
    internal static IEnumerable<string> ExpressionSources(string content) => Entries(content).Where(e => e.IsExpression).Select(e => e.Source);

    /// <summary>Every entry of lexicon text as a regular expression, whether it was written as one (<c>re:</c>), and its folded source.</summary>
    private static List<(string Pattern, bool IsExpression, string Source)> Entries(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var alternatives = new List<(string Pattern, bool IsExpression, string Source)>();
        foreach (var rawLine in content.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var isExpression = line.StartsWith("re:", StringComparison.Ordinal);
            var source = Fold(isExpression ? line[3..].Trim() : line);
            alternatives.Add((isExpression ? $"(?:{source})" : PhraseToPattern(line), isExpression, source));
        }

        return alternatives;
    }

    /// <summary>Wraps a pattern so it matches whole words only.</summary>
    internal static string WholeWords(string pattern) => $@"(?<![\p{{L}}\p{{N}}])(?:{pattern})(?![\p{{L}}\p{{N}}])";

    private static string PhraseToPattern(string phrase)
    {
        var builder = new StringBuilder();
        var words = Fold(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(@"[\s,]+");
            }

            var word = words[i];
            if (word.EndsWith('~'))
            {
                builder.Append(Regex.Escape(word[..^1])).Append(@"[\p{L}\p{N}]*");
            }
            else
            {
                builder.Append(Regex.Escape(word));
            }
        }

        return $"(?:{builder})";
    }
}
