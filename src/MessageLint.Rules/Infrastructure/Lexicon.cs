using System.Text;
using System.Text.RegularExpressions;

namespace MessageLint.Rules.Infrastructure;

/// <summary>
/// A list of phrases compiled into one regular expression. Lexicon files hold one entry a line:
/// words separated by spaces match any run of white space; a word ending in <c>~</c> matches any
/// word that starts with it (word forms: <c>клиент~</c> matches клиенты, клиентов); a line starting
/// with <c>re:</c> is a .NET regular expression. Matching ignores case and treats ё as е; entries
/// match whole words only. <c>#</c> starts a comment.
/// </summary>
public sealed class Lexicon
{
    /// <summary>After this many matches a lexicon is worth compiling to IL: bulk runs get the speed, single drafts skip the JIT cost.</summary>
    private const int CompileAfterMatches = 2_000;

    private const RegexOptions BaseOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private readonly string _source;
    private Regex _pattern;
    private int _matches;

    private Lexicon(string name, string source, int entryCount)
    {
        Name = name;
        _source = source;
        _pattern = new Regex(source, BaseOptions);
        EntryCount = entryCount;
    }

    /// <summary>The lexicon's name, e.g. "ru/ML7001.blame".</summary>
    public string Name { get; }

    /// <summary>How many entries the lexicon holds.</summary>
    public int EntryCount { get; }

    /// <summary>Compiles lexicon text.</summary>
    public static Lexicon Parse(string name, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var alternatives = new List<string>();
        foreach (var rawLine in content.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            alternatives.Add(line.StartsWith("re:", StringComparison.Ordinal) ? $"(?:{Fold(line[3..].Trim())})" : PhraseToPattern(line));
        }

        if (alternatives.Count == 0)
        {
            throw new InvalidOperationException($"Lexicon {name} has no entries.");
        }

        var pattern = $@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', alternatives)})(?![\p{{L}}\p{{N}}])";
        return new Lexicon(name, pattern, alternatives.Count);
    }

    /// <summary>True when any entry occurs in the prose.</summary>
    public bool IsMatch(string prose) => Run(Fold(prose), 0).Success;

    /// <summary>Every non-overlapping match in the prose, in order.</summary>
    public IEnumerable<LexiconMatch> Matches(string prose)
    {
        ArgumentNullException.ThrowIfNull(prose);
        var folded = Fold(prose);
        var at = 0;
        for (var match = Run(folded, at); match.Success; match = Run(folded, at))
        {
            yield return new LexiconMatch(match.Index, match.Length, prose.Substring(match.Index, match.Length));
            at = match.Length == 0 ? match.Index + 1 : match.Index + match.Length;
            if (at > folded.Length)
            {
                yield break;
            }
        }
    }

    /// <summary>The first match, or null.</summary>
    public LexiconMatch? FirstMatch(string prose)
    {
        ArgumentNullException.ThrowIfNull(prose);
        var match = Run(Fold(prose), 0);
        return match.Success ? new LexiconMatch(match.Index, match.Length, prose.Substring(match.Index, match.Length)) : null;
    }

    /// <summary>
    /// Matches with the interpreted pattern until the lexicon has proved busy, then swaps in an
    /// IL-compiled copy built on a worker thread. Built-in lexicons are reviewed data with no
    /// nested quantifiers, so they run without a match timeout: a timeout on a shared, busy machine
    /// fired on JIT time alone and silently dropped findings.
    /// </summary>
    private Match Run(string input, int start)
    {
        if (Interlocked.Increment(ref _matches) == CompileAfterMatches)
        {
            _ = Task.Run(() => Volatile.Write(ref _pattern, new Regex(_source, BaseOptions | RegexOptions.Compiled)));
        }

        return Volatile.Read(ref _pattern).Match(input, start);
    }

    /// <summary>Folds ё to е without changing length, so match offsets stay offsets into the prose.</summary>
    internal static string Fold(string text) => text.AsSpan().IndexOfAny('ё', 'Ё') < 0 ? text : text.Replace('ё', 'е').Replace('Ё', 'Е');

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
