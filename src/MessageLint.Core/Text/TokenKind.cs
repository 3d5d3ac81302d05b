namespace MessageLint.Core.Text;

/// <summary>What a token is, so rules can skip what they do not read.</summary>
public enum TokenKind
{
    /// <summary>Letters, with inner hyphens and apostrophes ("из-за", "don't").</summary>
    Word,

    /// <summary>Digits with inner separators ("10:30", "3.5", "1,000").</summary>
    Number,

    /// <summary>A run of punctuation ("?!", "...", "!!!").</summary>
    Punctuation,

    /// <summary>One emoji grapheme, including modifiers and joiners.</summary>
    Emoji,

    /// <summary>Any other visible character.</summary>
    Symbol,
}
