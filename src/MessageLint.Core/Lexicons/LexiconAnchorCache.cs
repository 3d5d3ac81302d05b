using System.Text;

namespace MessageLint.Core.Lexicons;

/// <summary>
/// The anchors of lexicon expressions, worked out ahead and shipped beside the lexicons
/// (rules/lexicons/anchors.cache), so a process start does not parse every expression again. One line
/// per expression: its folded source, a tab, then its anchors separated by U+001F, or "-" when it has none.
/// An expression the cache lacks is simply parsed; the cache is checked against a fresh derivation by a test.
/// </summary>
public static class LexiconAnchorCache
{
    private const char Separator = '\u001f';

    /// <summary>The cache text for every <c>re:</c> entry of the lexicon files' contents, in a stable order.</summary>
    public static string Write(IEnumerable<string> lexiconContents)
    {
        ArgumentNullException.ThrowIfNull(lexiconContents);
        var sources = new SortedSet<string>(lexiconContents.SelectMany(Lexicon.ExpressionSources), StringComparer.Ordinal);

        var text = new StringBuilder();
        foreach (var source in sources)
        {
            var anchors = LexiconAnchors.Derive(source);
            text.Append(source).Append('\t').Append(anchors is null ? "-" : string.Join(Separator, anchors)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Makes the process use the anchors in <paramref name="cacheText"/> instead of parsing those expressions.</summary>
    public static void Load(string cacheText)
    {
        ArgumentNullException.ThrowIfNull(cacheText);
        foreach (var rawLine in cacheText.Split('\n'))
        {
            // A checkout that turned the file's line ends into CRLF must not leave "\r" on the last anchor,
            // which no text would contain: the index would then skip a chunk that matches.
            var line = rawLine.TrimEnd('\r');
            var tab = line.LastIndexOf('\t');
            if (tab <= 0)
            {
                continue;
            }

            var anchors = line[(tab + 1)..];
            LexiconAnchors.Remember(line[..tab], anchors == "-" ? null : anchors.Split(Separator));
        }
    }
}
