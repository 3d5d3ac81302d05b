using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MessageLint.Core.Suppression;

namespace MessageLint.Core.Text;

/// <summary>
/// Reads Markdown with Markdig's precise source locations and reveals only literal prose; code,
/// quotes, HTML, link targets and markup characters stay blank.
/// </summary>
internal static class MarkdownMasker
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseTaskLists()
        .Build();

    public static (ProseMask Mask, List<TextSpan> Blocks) Mask(string text, IReadOnlyList<SuppressionDirective> directives)
    {
        var mask = new ProseMask(text, startBlank: true);
        var blocks = new List<TextSpan>();
        var document = Markdown.Parse(text, Pipeline);
        Visit(document, mask, blocks, text);

        foreach (var directive in directives)
        {
            mask.Exclude(directive.Span, ExcludedRegionKind.Directive);
        }

        InlineRegionScanner.Apply(mask);
        return (mask, WithoutOverlaps(blocks));
    }

    /// <summary>
    /// Orders blocks and clips each at the start of the next. Markdig leaves a paragraph's span
    /// covering a pipe table it turned the paragraph's later lines into (the table's cells are
    /// blocks of their own), and overlapping blocks would read the same words as two sentences.
    /// </summary>
    private static List<TextSpan> WithoutOverlaps(List<TextSpan> blocks)
    {
        blocks.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var result = new List<TextSpan>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var end = i + 1 < blocks.Count ? Math.Min(blocks[i].End, blocks[i + 1].Start) : blocks[i].End;
            if (end > blocks[i].Start)
            {
                result.Add(TextSpan.FromBounds(blocks[i].Start, end));
            }
        }

        return result;
    }

    private static void Visit(ContainerBlock container, ProseMask mask, List<TextSpan> blocks, string text)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case QuoteBlock quote:
                    mask.Exclude(ToSpan(quote.Span, text), ExcludedRegionKind.Quote);
                    break;
                case CodeBlock code:
                    mask.Exclude(ToSpan(code.Span, text), ExcludedRegionKind.Code);
                    break;
                case HtmlBlock html:
                    mask.Exclude(ToSpan(html.Span, text), ExcludedRegionKind.Html);
                    break;
                case ContainerBlock inner:
                    Visit(inner, mask, blocks, text);
                    break;
                case LeafBlock leaf when leaf.Inline is not null:
                    blocks.Add(ToSpan(leaf.Span, text));
                    VisitInlines(leaf.Inline, mask, text);
                    break;
            }
        }
    }

    private static void VisitInlines(ContainerInline container, ProseMask mask, string text)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    RevealLiteral(literal, mask, text);
                    break;
                case HtmlEntityInline entity:
                    RevealEntity(entity, mask, text);
                    break;
                case CodeInline code:
                    mask.Exclude(ToSpan(code.Span, text), ExcludedRegionKind.Code);
                    break;
                case AutolinkInline autolink:
                    mask.Exclude(ToSpan(autolink.Span, text), ExcludedRegionKind.Url);
                    break;
                case HtmlInline html:
                    mask.Exclude(ToSpan(html.Span, text), ExcludedRegionKind.Html);
                    break;
                case LinkInline { IsImage: true } image:
                    mask.Exclude(ToSpan(image.Span, text), ExcludedRegionKind.Url);
                    break;
                case LinkInline link:
                    // The link text is prose; an inline target is an address, recorded like a bare URL
                    // (a reference link's UrlSpan points into its definition, which stays blank).
                    if (link.UrlSpan.Length > 0 && link.UrlSpan.Start > link.Span.Start && link.UrlSpan.End < link.Span.End)
                    {
                        mask.Exclude(ToSpan(link.UrlSpan, text), ExcludedRegionKind.Url);
                    }

                    VisitInlines(link, mask, text);
                    break;
                case ContainerInline inner:
                    VisitInlines(inner, mask, text);
                    break;
            }
        }
    }

    /// <summary>
    /// Copies a literal's content onto its source span. A literal that starts with an escaped
    /// character (<c>\*</c>, <c>\\</c>) has its span start at the backslash, which stays blank;
    /// the rest is aligned greedily.
    /// </summary>
    private static void RevealLiteral(LiteralInline literal, ProseMask mask, string text)
    {
        if (literal.Span.IsEmpty)
        {
            return;
        }

        var content = literal.Content.AsSpan();
        var span = ToSpan(literal.Span, text);
        var c = 0;
        var start = literal.IsFirstCharacterEscaped && text[span.Start] == '\\' ? span.Start + 1 : span.Start;
        for (var r = start; r < span.End && c < content.Length; r++)
        {
            if (text[r] == content[c])
            {
                mask.Reveal(r, text[r]);
                c++;
            }
        }
    }

    private static void RevealEntity(HtmlEntityInline entity, ProseMask mask, string text)
    {
        var span = ToSpan(entity.Span, text);
        var value = entity.Transcoded.AsSpan();
        if (span.Length > 0 && value.Length == 1)
        {
            mask.Reveal(span.Start, value[0]);
        }
    }

    private static TextSpan ToSpan(SourceSpan span, string text)
    {
        var start = Math.Clamp(span.Start, 0, text.Length);
        var end = Math.Clamp(span.End + 1, start, text.Length);
        return TextSpan.FromBounds(start, end);
    }
}
