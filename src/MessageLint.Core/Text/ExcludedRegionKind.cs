namespace MessageLint.Core.Text;

/// <summary>Why a region of a draft is hidden from rules.</summary>
public enum ExcludedRegionKind
{
    /// <summary>A code block or code span.</summary>
    Code,

    /// <summary>A block quote or a quoted line (">"), usually someone else's words.</summary>
    Quote,

    /// <summary>A URL.</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>An @mention.</summary>
    Mention,

    /// <summary>Raw HTML, including comments.</summary>
    Html,

    /// <summary>A messagelint suppression directive.</summary>
    Directive,

    /// <summary>An e-mail header field (addresses, dates, MIME fields): not prose.</summary>
    MailHeader,
}
