using System.Text.RegularExpressions;

namespace MessageLint.Core.Text;

/// <summary>
/// Where an e-mail message's header block ends, so the reader, the masker and the editor's quick fixes
/// agree on which lines are headers: the text opens with a header field (or an mbox "From " line) and
/// the block runs to the first empty line.
/// </summary>
public static partial class MailHeaderBlock
{
    /// <summary>True when the text opens with a header field, as a saved message does.</summary>
    public static bool StartsWithHeader(string text) => FirstHeaderLinePattern().IsMatch(text);

    /// <summary>The offset where the body starts (after the empty line), or 0 when the text has no header block.</summary>
    public static int BodyStart(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!StartsWithHeader(text))
        {
            return 0;
        }

        var match = EmptyLinePattern().Match(text);
        return match.Success ? match.Index + match.Length : text.Length;
    }

    [GeneratedRegex(@"\A(?:[\x21-\x39\x3B-\x7E]+:|From )", RegexOptions.CultureInvariant)]
    private static partial Regex FirstHeaderLinePattern();

    [GeneratedRegex(@"(?:\r\n|\n|\r(?!\n))(?:\r\n|\n|\r|\z)", RegexOptions.CultureInvariant)]
    private static partial Regex EmptyLinePattern();
}
