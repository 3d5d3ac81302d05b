namespace MessageLint.Core.Text;

/// <summary>How a draft's raw text is to be read.</summary>
public enum DocumentFormat
{
    /// <summary>Chat or e-mail text: quoted lines, URLs and inline code are skipped; line breaks end sentences.</summary>
    PlainText,

    /// <summary>CommonMark read with Markdig: code, quotes, HTML and link targets are skipped.</summary>
    Markdown,

    /// <summary>
    /// An e-mail message (RFC 5322): its header block is hidden except a fresh Subject, and its body is
    /// read as plain text, with quoted replies and their "On … wrote:" lines hidden as someone else's words.
    /// </summary>
    Email,
}
