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
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private readonly Regex _pattern;

    private Lexicon(string name, Regex pattern, int entryCount)
    {
        Name = name;
        _pattern = pattern;
        EntryCount = entryCount;
    }

    /// <summary>The lexicon's name, e.g. "ru/ML7001.blame".</summary>
    public string Name { get; }

    /// <summary>How many entries the lexicon holds.</summary>
    public int EntryCount { get; }

    /// <summary>Compiles lexicon text.</summary>
    public static Lexicon Parse(string name, string content)
    {
        var alternatives = EntryPatterns(content);
        if (alternatives.Count == 0)
        {
            throw new InvalidOperationException($"Lexicon {name} has no entries.");
        }

        var regex = new Regex(WholeWords(string.Join('|', alternatives)), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, MatchTimeout);
        return new Lexicon(name, regex, alternatives.Count);
    }

    /// <summary>The regular expression of every entry of lexicon text, so other matchers can compose lexicons.</summary>
    internal static List<string> EntryPatterns(string content)
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

        return alternatives;
    }

    /// <summary>Wraps a pattern so it matches whole words only.</summary>
    internal static string WholeWords(string pattern) => $@"(?<![\p{{L}}\p{{N}}])(?:{pattern})(?![\p{{L}}\p{{N}}])";

    /// <summary>True when any entry occurs in the prose.</summary>
    public bool IsMatch(string prose) => _pattern.IsMatch(Fold(prose));

    /// <summary>Every non-overlapping match in the prose, in order.</summary>
    public IEnumerable<LexiconMatch> Matches(string prose)
    {
        ArgumentNullException.ThrowIfNull(prose);
        var folded = Fold(prose);
        for (var match = _pattern.Match(folded); match.Success; match = match.NextMatch())
        {
            yield return new LexiconMatch(match.Index, match.Length, prose.Substring(match.Index, match.Length));
        }
    }

    /// <summary>The first match, or null.</summary>
    public LexiconMatch? FirstMatch(string prose)
    {
        ArgumentNullException.ThrowIfNull(prose);
        var match = _pattern.Match(Fold(prose));
        return match.Success ? new LexiconMatch(match.Index, match.Length, prose.Substring(match.Index, match.Length)) : null;
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
