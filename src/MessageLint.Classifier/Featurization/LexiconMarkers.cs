using System.Text;
using MessageLint.Core.Lexicons;

namespace MessageLint.Classifier.Featurization;

/// <summary>
/// Hybrid evidence from the rules' lexicons, cheap enough for every sentence: the plain phrases of
/// rules/lexicons are indexed by their first word, and a sentence gets one marker word per lexicon with a
/// phrase in it ("qqlexml4001vague"). When the model was trained with them, the <c>re:</c> entries
/// mark their lexicon too; they run as the rules run them, through a <see cref="LexiconSet"/> whose
/// anchor index skips the expressions that cannot match, so most sentences run none. The linear heads then learn one weight per lexicon, which
/// carries over to phrases the corpus never used. A phrase word ending in <c>~</c> matches any word
/// starting with it, as in the rules. The lexicon text is part of the model file, so a model always
/// featurizes exactly as it was trained, whatever later happens to rules/lexicons. One pass over the
/// sentence's words with a hash lookup and a prefix-trie walk per word, no regular expressions.
/// </summary>
public sealed class LexiconMarkers
{
    private const string MarkerPrefix = "qqlex";
    private const char PairSeparator = ' ';

    private readonly Dictionary<string, List<Phrase>> _byWord = new(StringComparer.Ordinal);
    private readonly PrefixNode _byPrefix = new();
    private readonly LexiconSet? _expressions;
    private readonly int[] _expressionMarkers = [];

    private LexiconMarkers(IReadOnlyList<(string Marker, string Entry)> entries)
    {
        Entries = entries;
        Markers = [.. entries.Select(e => e.Marker).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var markerIndex = Markers.Select((m, i) => (m, i)).ToDictionary(p => p.m, p => p.i, StringComparer.Ordinal);
        // One lexicon per marker: an expression per lexicon of its own measured slower (5.4 against
        // 4.4 µs a sentence), since the entries of a chunk mostly share anchors and one alternation
        // costs about what one expression does.
        var expressions = entries
            .Where(e => IsExpression(e.Entry))
            .GroupBy(e => e.Marker, StringComparer.Ordinal)
            .Select(g => (g.Key, string.Join('\n', g.Select(e => e.Entry))))
            .ToList();
        if (expressions.Count > 0)
        {
            _expressions = LexiconSet.Build(expressions);
            _expressionMarkers = [.. _expressions.Keys.Select(k => markerIndex[k])];
        }

        ExpressionCount = entries.Count(e => IsExpression(e.Entry));
        foreach (var (marker, entry) in entries)
        {
            if (IsExpression(entry))
            {
                continue;
            }

            var folded = Fold(entry);
            var words = Words(folded);
            if (words.Count == 0)
            {
                continue;
            }

            var phrase = new Phrase(markerIndex[marker], [.. words.Select(w => folded.Substring(w.Start, w.Length))], [.. words.Select(w => w.IsPrefix)]);
            if (phrase.IsPrefix[0])
            {
                _byPrefix.Add(phrase.Words[0], phrase);
            }
            else
            {
                // Phrases of two or more exact words are indexed by their first two: common first
                // words ("i", "я", "you") start hundreds of phrases, and each candidate costs a match.
                var key = phrase.Words.Length > 1 && !phrase.IsPrefix[1] ? phrase.Words[0] + PairSeparator + phrase.Words[1] : phrase.Words[0];
                if (!_byWord.TryGetValue(key, out var list))
                {
                    _byWord[key] = list = [];
                }

                list.Add(phrase);
            }
        }
    }

    /// <summary>The (marker, phrase) pairs, in file order; what the model file stores.</summary>
    public IReadOnlyList<(string Marker, string Entry)> Entries { get; }

    /// <summary>How many of <see cref="Entries"/> are <c>re:</c> expressions.</summary>
    public int ExpressionCount { get; }

    /// <summary>The distinct marker words, sorted.</summary>
    public IReadOnlyList<string> Markers { get; }

    /// <summary>
    /// The rules whose lexicons' <c>re:</c> entries <see cref="FromLexicons"/> keeps when asked: the
    /// rules of the labels the model's bar is measured on (ML2001 blind compliance, ML3001 complaints,
    /// ML4001 vague status, ML4002 silent rework, ML5001/ML5002 handing the decision to the client,
    /// ML6001 weekend reproach, ML7001 blunt or blaming). The others' expressions (times of day, kick-off
    /// rules, middlemen…) cost twice as much again per sentence and serve only the rarer heads.
    /// </summary>
    public static IReadOnlyList<string> ExpressionRules { get; } = ["ML2001", "ML3001", "ML4001", "ML4002", "ML5001", "ML5002", "ML6001", "ML7001"];

    /// <summary>
    /// Builds the markers from lexicon files: (file name without extension, content) pairs such as
    /// ("ML4001.vague", "soon\n..."). Files of the same name in several languages share one marker.
    /// Comment lines are skipped, and so are <c>re:</c> entries unless <paramref name="expressions"/> is
    /// set and the lexicon belongs to one of <see cref="ExpressionRules"/>; even then an expression
    /// without anchors (<see cref="LexiconSet.IsIndexable"/>) is skipped, because it would run on every
    /// sentence: the two "A or B?" patterns alone cost more than every other lexicon together.
    /// </summary>
    public static LexiconMarkers FromLexicons(IEnumerable<(string Name, string Content)> lexicons, bool expressions = false)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        var entries = new List<(string, string)>();
        foreach (var (name, content) in lexicons)
        {
            var marker = MarkerPrefix + new string([.. name.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant)]);
            var keepExpressions = expressions && ExpressionRules.Any(rule => name.StartsWith(rule + ".", StringComparison.Ordinal));
            foreach (var raw in content.Split('\n'))
            {
                var line = raw.Trim();
                if (line.Length == 0 || line.StartsWith('#') || (IsExpression(line) && (!keepExpressions || !LexiconSet.IsIndexable(line))))
                {
                    continue;
                }

                entries.Add((marker, line));
            }
        }

        return new LexiconMarkers(entries);
    }

    /// <summary>Reads the form written by <see cref="Write"/>.</summary>
    public static LexiconMarkers Read(Stream source)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var reader = new StreamReader(source, Encoding.UTF8);
        var entries = new List<(string, string)>();
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                entries.Add((line[..tab], line[(tab + 1)..]));
            }
        }

        return new LexiconMarkers(entries);
    }

    /// <summary>Writes one "marker TAB phrase" line per entry.</summary>
    public void Write(Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        using var writer = new StreamWriter(destination, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        foreach (var (marker, entry) in Entries)
        {
            writer.WriteLine($"{marker}\t{entry}");
        }
    }

    /// <summary>The markers of the lexicons with a phrase in <paramref name="text"/>, in marker order.</summary>
    public IReadOnlyList<string> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Fold(text);
        var words = Words(folded);
        var byWord = _byWord.GetAlternateLookup<ReadOnlySpan<char>>();
        bool[]? hit = null;
        for (var i = 0; i < words.Count; i++)
        {
            var word = folded.AsSpan(words[i].Start, words[i].Length);
            if (byWord.TryGetValue(word, out var exact))
            {
                MatchAll(exact, folded, words, i, ref hit);
            }

            if (i + 1 < words.Count)
            {
                // The two words with one separator: the folded text itself when they are one space apart.
                var pair = folded.AsSpan(words[i].Start, words[i + 1].Start + words[i + 1].Length - words[i].Start);
                if (words[i + 1].Start != words[i].Start + words[i].Length + 1 || pair[words[i].Length] != PairSeparator)
                {
                    pair = string.Concat(word, [PairSeparator], folded.AsSpan(words[i + 1].Start, words[i + 1].Length));
                }

                if (byWord.TryGetValue(pair, out var pairs))
                {
                    MatchAll(pairs, folded, words, i, ref hit);
                }
            }

            var node = _byPrefix;
            foreach (var c in word)
            {
                if (node.Children?.GetValueOrDefault(c) is not { } next)
                {
                    break;
                }

                node = next;
                if (node.Phrases is { } prefixed)
                {
                    MatchAll(prefixed, folded, words, i, ref hit);
                }
            }
        }

        if (_expressions is not null)
        {
            hit ??= new bool[Markers.Count];
            _expressions.FindMatching(text, _expressionMarkers, hit);
        }

        if (hit is null)
        {
            return [];
        }

        var found = new List<string>();
        for (var m = 0; m < hit.Length; m++)
        {
            if (hit[m])
            {
                found.Add(Markers[m]);
            }
        }

        return found;
    }

    private static bool IsExpression(string entry) => entry.StartsWith("re:", StringComparison.Ordinal);

    /// <summary>Lower case, ё folded to е and ’ to ', as the rules' lexicon matching does.</summary>
    internal static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            span[i] = c switch
            {
                >= 'A' and <= 'Z' => (char)(c + 32),
                < (char)128 => c,
                >= 'А' and <= 'Я' => (char)(c + 32),
                >= 'а' and <= 'я' => c,
                'ё' or 'Ё' => 'е',
                '’' => '\'',
                _ => char.ToLowerInvariant(c),
            };
        }
    });

    /// <summary>
    /// The words of folded text: runs of letters and digits, with inner apostrophes, hyphens and dots
    /// kept ("don't", "soon-ish", "a.s.a.p"); a word followed by <c>~</c> (in lexicon entries) is a prefix.
    /// </summary>
    internal static List<Word> Words(string folded)
    {
        var words = new List<Word>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var c = i < folded.Length ? folded[i] : ' ';
            if (IsWordChar(c))
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0 && (c is '\'' or '-' or '.') && i + 1 < folded.Length && IsWordChar(folded[i + 1]))
            {
                continue;
            }

            if (start >= 0)
            {
                words.Add(new Word(start, i - start, c == '~'));
                start = -1;
            }
        }

        return words;
    }

    /// <summary>char.IsLetterOrDigit with the common ASCII and Cyrillic cases answered without a table lookup.</summary>
    private static bool IsWordChar(char c) => c switch
    {
        >= 'a' and <= 'z' or >= '0' and <= '9' or >= 'а' and <= 'я' => true,
        < (char)128 => char.IsAsciiLetter(c),
        _ => char.IsLetterOrDigit(c),
    };

    private void MatchAll(List<Phrase> phrases, string folded, List<Word> words, int start, ref bool[]? hit)
    {
        foreach (var phrase in phrases)
        {
            if ((hit is null || !hit[phrase.Marker]) && phrase.Matches(folded, words, start))
            {
                hit ??= new bool[Markers.Count];
                hit[phrase.Marker] = true;
            }
        }
    }
}
