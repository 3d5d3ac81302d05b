namespace MessageLint.Core.Text;

/// <summary>A sentence of a draft: its span in the raw text, the prose rules read, tokens and language.</summary>
public sealed class Sentence
{
    internal Sentence(int index, int paragraphIndex, TextSpan span, string prose, Token[] tokens, MessageLanguage language)
    {
        Index = index;
        ParagraphIndex = paragraphIndex;
        Span = span;
        Prose = prose;
        Tokens = tokens;
        Language = language;
    }

    /// <summary>Position of the sentence in the document, from zero.</summary>
    public int Index { get; }

    /// <summary>Index of the paragraph the sentence belongs to.</summary>
    public int ParagraphIndex { get; }

    /// <summary>The sentence's span in the raw text, without surrounding white space.</summary>
    public TextSpan Span { get; }

    /// <summary>
    /// The sentence as rules read it: same length as <see cref="Span"/>, with markup, code, quotes,
    /// URLs, e-mail addresses and mentions blanked to spaces, so an index here plus <c>Span.Start</c>
    /// is an offset in the raw text.
    /// </summary>
    public string Prose { get; }

    /// <summary>Tokens of the prose, in order.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The sentence's language.</summary>
    public MessageLanguage Language { get; internal set; }

    /// <summary>Converts an index into <see cref="Prose"/> to a span of the raw text.</summary>
    public TextSpan ToDocumentSpan(int proseIndex, int length) => new(Span.Start + proseIndex, length);

    /// <summary>The text of one of this sentence's tokens.</summary>
    public ReadOnlySpan<char> GetText(Token token) => Prose.AsSpan(token.Span.Start - Span.Start, token.Span.Length);

    /// <inheritdoc />
    public override string ToString() => Prose;
}
