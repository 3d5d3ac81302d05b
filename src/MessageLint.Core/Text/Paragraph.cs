namespace MessageLint.Core.Text;

/// <summary>A block of prose (a Markdown paragraph, heading or list item, or a blank-line-separated chunk of chat).</summary>
public sealed class Paragraph
{
    internal Paragraph(int index, TextSpan span, IReadOnlyList<Sentence> sentences)
    {
        Index = index;
        Span = span;
        Sentences = sentences;
    }

    /// <summary>Position of the paragraph in the document, from zero.</summary>
    public int Index { get; }

    /// <summary>The paragraph's span in the raw text.</summary>
    public TextSpan Span { get; }

    /// <summary>The paragraph's sentences, in order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }
}
