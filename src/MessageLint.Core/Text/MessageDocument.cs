using MessageLint.Core.Suppression;

namespace MessageLint.Core.Text;

/// <summary>
/// One draft as the rules see it: raw text, the prose mask, paragraphs, sentences and tokens with
/// spans into the raw text, regions to skip, and inline suppression directives.
/// </summary>
public sealed class MessageDocument
{
    internal MessageDocument(
        string text,
        string prose,
        DocumentFormat format,
        string? path,
        LineMap lines,
        IReadOnlyList<Paragraph> paragraphs,
        IReadOnlyList<Sentence> sentences,
        IReadOnlyList<ExcludedRegion> excludedRegions,
        IReadOnlyList<SuppressionDirective> directives,
        MessageLanguage language)
    {
        Text = text;
        Prose = prose;
        Format = format;
        Path = path;
        Lines = lines;
        Paragraphs = paragraphs;
        Sentences = sentences;
        ExcludedRegions = excludedRegions;
        Directives = directives;
        Language = language;
    }

    /// <summary>The raw text exactly as given.</summary>
    public string Text { get; }

    /// <summary>The raw text with every region rules must not read blanked to spaces (line breaks kept).</summary>
    public string Prose { get; }

    /// <summary>How the text was read.</summary>
    public DocumentFormat Format { get; }

    /// <summary>Where the draft came from, as shown to the user; null for text given inline.</summary>
    public string? Path { get; }

    /// <summary>Offset to line and column map.</summary>
    public LineMap Lines { get; }

    /// <summary>Paragraphs in order.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <summary>All sentences in order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>Regions hidden from rules (code, quotes, URLs, addresses, mentions, HTML, directives).</summary>
    public IReadOnlyList<ExcludedRegion> ExcludedRegions { get; }

    /// <summary>Inline suppression directives found in the draft.</summary>
    public IReadOnlyList<SuppressionDirective> Directives { get; }

    /// <summary>The language most of the draft's prose is written in.</summary>
    public MessageLanguage Language { get; }

    /// <summary>Reads a draft with the default segmentation and language identification.</summary>
    public static MessageDocument Parse(string text, DocumentFormat format = DocumentFormat.PlainText, string? path = null)
        => MessageDocumentParser.Default.Parse(text, format, path);
}
