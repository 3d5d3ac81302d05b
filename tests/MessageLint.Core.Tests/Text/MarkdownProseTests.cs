using MessageLint.Core.Text;

namespace MessageLint.Core.Tests.Text;

public sealed class MarkdownProseTests
{
    [Theory]
    // Headings and lists: markers blank, text kept
    [InlineData("# Заголовок\n\nТекст абзаца. Второе предложение.", "  Заголовок\n\nТекст абзаца. Второе предложение.", new[] { "Заголовок", "Текст абзаца.", "Второе предложение." })]
    [InlineData("Header 2\n--------\n\nBody text.", "Header 2\n        \n\nBody text.", new[] { "Header 2", "Body text." })]
    [InlineData("- первый пункт\n- второй пункт", "  первый пункт\n  второй пункт", new[] { "первый пункт", "второй пункт" })]
    [InlineData("1. Send the brief\n2. Wait for the quote", "   Send the brief\n   Wait for the quote", new[] { "Send the brief", "Wait for the quote" })]
    // Emphasis: markers blank, text kept, the sentence still spans the raw markup
    [InlineData("This is **bold** and *italic* text.", "This is   bold   and  italic  text.", new[] { "This is **bold** and *italic* text." })]
    [InlineData("Hello__world__ and ~~strike~~ text.", "Hello__world__ and   strike   text.", new[] { "Hello__world__ and ~~strike~~ text." })]
    // Escapes: the backslash is blank, the escaped character is prose at its own offset
    [InlineData("\\*not emphasis\\*", " *not emphasis *", new[] { "*not emphasis\\*" })]
    [InlineData("Say \\*not emphasis\\* here.", "Say  *not emphasis * here.", new[] { "Say \\*not emphasis\\* here." })]
    [InlineData("Path C:\\\\temp is here.", "Path C: \\temp is here.", new[] { "Path C:\\\\temp is here." })]
    [InlineData("Use \\\\*stars\\\\* please.", "Use  \\ stars \\  please.", new[] { "Use \\\\*stars\\\\* please." })]
    [InlineData("Price \\$5 and 5\\% off.", "Price  $5 and 5 % off.", new[] { "Price \\$5 and 5\\% off." })]
    [InlineData("**\\*\\*** text", "   * *   text", new[] { "*\\*** text" })]
    // Entities
    [InlineData("Tom &amp; Jerry are here.", "Tom &     Jerry are here.", new[] { "Tom &amp; Jerry are here." })]
    // Code
    [InlineData("Run `npm install` first. Then wait.", "Run               first. Then wait.", new[] { "Run `npm install` first.", "Then wait." })]
    [InlineData("Before.\n\n```\ncode here. More code.\n```\n\nAfter.", "Before.\n\n   \n                     \n   \n\nAfter.", new[] { "Before.", "After." })]
    [InlineData("    indented code\n\nText.", "                 \n\nText.", new[] { "Text." })]
    // Quotes, links, images, HTML
    [InlineData("> quoted text here\n\nMy answer.", "                  \n\nMy answer.", new[] { "My answer." })]
    [InlineData("See [the docs](https://example.com/docs) now.", "See  the docs                            now.", new[] { "See [the docs](https://example.com/docs) now." })]
    [InlineData("Look ![a cat](cat.png) here.", "Look                   here.", new[] { "Look ![a cat](cat.png) here." })]
    [InlineData("Visit <https://example.com> today.", "Visit                       today.", new[] { "Visit <https://example.com> today." })]
    [InlineData("Text <!-- a comment --> more text.", "Text                    more text.", new[] { "Text <!-- a comment --> more text." })]
    [InlineData("Line with <b>html</b> inline.", "Line with    html     inline.", new[] { "Line with <b>html</b> inline." })]
    [InlineData("<div>\nblock html\n</div>\n\nParagraph.", "     \n          \n      \n\nParagraph.", new[] { "Paragraph." })]
    public void Markdown_prose_blanks_markup_and_keeps_the_words_at_their_offsets(string text, string expectedProse, string[] expectedSentences)
    {
        var document = MessageDocument.Parse(text, DocumentFormat.Markdown);

        DocumentInvariants.AssertHold(document);
        Assert.Equal(expectedProse, document.Prose);
        Assert.Equal(expectedSentences, DocumentInvariants.SentenceTexts(document));
    }

    [Theory]
    [InlineData("Run `npm install` first.", ExcludedRegionKind.Code, "`npm install`")]
    [InlineData("Before.\n\n```\ncode\n```", ExcludedRegionKind.Code, "```\ncode\n```")]
    [InlineData("> quoted text\n\nMine.", ExcludedRegionKind.Quote, "> quoted text")]
    [InlineData("See [the docs](https://example.com/docs) now.", ExcludedRegionKind.Url, "https://example.com/docs")]
    [InlineData("Look ![a cat](cat.png) here.", ExcludedRegionKind.Url, "![a cat](cat.png)")]
    [InlineData("Visit <https://example.com> today.", ExcludedRegionKind.Url, "<https://example.com>")]
    [InlineData("Text <!-- a comment --> more.", ExcludedRegionKind.Html, "<!-- a comment -->")]
    [InlineData("Write to anna@example.com today.", ExcludedRegionKind.Email, "anna@example.com")]
    [InlineData("Thanks @ivan for this.", ExcludedRegionKind.Mention, "@ivan")]
    public void Markdown_records_why_each_region_is_hidden(string text, ExcludedRegionKind kind, string expectedRaw)
    {
        var document = MessageDocument.Parse(text, DocumentFormat.Markdown);

        DocumentInvariants.AssertHold(document);
        var region = Assert.Single(document.ExcludedRegions, r => r.Kind == kind);
        Assert.Equal(expectedRaw, document.Text.Substring(region.Span.Start, region.Span.Length));
        Assert.True(document.Prose.AsSpan(region.Span.Start, region.Span.Length).IsWhiteSpace());
    }

    [Fact]
    public void A_reference_link_keeps_its_text_and_hides_its_definition()
    {
        var document = MessageDocument.Parse("Go [ref link][1] here.\n\n[1]: http://example.com", DocumentFormat.Markdown);

        DocumentInvariants.AssertHold(document);
        Assert.Equal("Go  ref link     here.\n\n                       ", document.Prose);
        Assert.Equal(new[] { "Go [ref link][1] here." }, DocumentInvariants.SentenceTexts(document));
    }

    [Fact]
    public void Markdown_paragraphs_are_its_leaf_blocks()
    {
        var document = MessageDocument.Parse("# Title\n\nFirst. Second.\n\n- item", DocumentFormat.Markdown);

        Assert.Equal(new[] { "# Title", "First. Second.", "item" }, document.Paragraphs.Select(p => document.Text.Substring(p.Span.Start, p.Span.Length)));
        Assert.Equal(new[] { 0, 1, 1, 2 }, document.Sentences.Select(s => s.ParagraphIndex));
    }

    [Fact]
    public void A_pipe_table_under_a_paragraph_line_gives_sentences_that_do_not_overlap()
    {
        // Found by the property tests: Markdig keeps the paragraph's span over the table it became.
        var document = MessageDocument.Parse("Intro\r\nName|Role\r|---|---|\r\r\nAfter.", DocumentFormat.Markdown);

        DocumentInvariants.AssertHold(document);
        Assert.Equal(new[] { "Intro", "Name", "Role", "After." }, DocumentInvariants.SentenceTexts(document));
    }

    [Fact]
    public void Crlf_markdown_gives_the_same_prose_as_lf_with_its_line_breaks()
    {
        const string lf = "# Title\n\nSome **bold** text.\n\n```\ncode\n```\n\n> quote\n\nEnd.";
        var fromLf = MessageDocument.Parse(lf, DocumentFormat.Markdown);
        var fromCrlf = MessageDocument.Parse(lf.Replace("\n", "\r\n"), DocumentFormat.Markdown);

        DocumentInvariants.AssertHold(fromCrlf);
        Assert.Equal(fromLf.Prose.Replace("\n", "\r\n"), fromCrlf.Prose);
        Assert.Equal(DocumentInvariants.SentenceTexts(fromLf), DocumentInvariants.SentenceTexts(fromCrlf));
    }
}
