namespace MessageLint.Rules.Infrastructure;

/// <summary>
/// The words a model-only finding quotes in a message written for a matched phrase ("«{0}» …"): the
/// sentence itself, shortened, since the model points at a sentence, not a phrase.
/// </summary>
internal static class ModelQuote
{
    /// <summary>Longest quote, in characters, before it is cut at a word boundary with an ellipsis.</summary>
    internal const int MaxLength = 60;

    /// <summary>The sentence trimmed of white space and end punctuation, cut to <see cref="MaxLength"/>.</summary>
    public static string Quote(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = sentence.Trim().TrimEnd('.', '!', '?', '…', ' ');
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', MaxLength);
        return string.Concat(text.AsSpan(0, cut > MaxLength / 2 ? cut : MaxLength), "…");
    }
}
