using System.Collections.Frozen;

namespace MessageLint.Core.Lexicons;

/// <summary>
/// Lexicons compiled together behind one <see cref="LexiconAnchorIndex"/>, so that a sentence is
/// walked once for all of them and only the chunks whose anchors occur in it run their regular
/// expressions. The rules' built-in lexicons are one set; a sentence model's lexicons are another,
/// built from the copy in its model file, so it always matches as it did in training.
/// </summary>
public sealed class LexiconSet
{
    private LexiconSet(FrozenDictionary<string, Lexicon> lexicons)
    {
        Lexicons = lexicons;
    }

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
        foreach (var lexicon in parsed.Values)
        {
            var chunkIds = new int[lexicon.ChunkAnchors.Length];
            for (var chunk = 0; chunk < chunkIds.Length; chunk++)
            {
                if (lexicon.ChunkAnchors[chunk] is { } chunkAnchors)
                {
                    chunkIds[chunk] = anchors.Count;
                    anchors.Add(chunkAnchors);
                }
                else
                {
                    chunkIds[chunk] = -1;
                }
            }

            ids.Add((lexicon, chunkIds));
        }

        var index = LexiconAnchorIndex.Build(anchors);
        foreach (var (lexicon, chunkIds) in ids)
        {
            lexicon.AttachIndex(index, chunkIds);
        }

        return new LexiconSet(parsed.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>How many chunks the anchor index can skip, and how many always run.</summary>
    public (int Indexed, int AlwaysRun) IndexCoverage()
    {
        var chunks = Lexicons.Values.SelectMany(l => l.ChunkAnchors).ToList();
        return (chunks.Count(a => a is not null), chunks.Count(a => a is null));
    }
}
