using CsCheck;
using MessageLint.Core.Text;
using MessageLint.Properties.Tests.Support;

namespace MessageLint.Properties.Tests;

/// <summary>
/// The text model holds for any input at all: parsing never throws, the prose mask keeps the text's
/// length and line breaks, and every sentence, token, paragraph, excluded region and directive lies
/// inside the text at a line and column that map back to the same offset.
/// </summary>
public sealed class TextModelProperties
{
    private static readonly DocumentFormat[] Formats = [DocumentFormat.PlainText, DocumentFormat.Markdown, DocumentFormat.Email];

    [Fact]
    public void Any_draft_parses_in_both_formats_with_every_span_inside_the_text()
        => HostileText.Draft.Sample(text =>
        {
            foreach (var format in Formats)
            {
                AssertModelHolds(MessageDocument.Parse(text, format));
            }
        }, iter: Samples.Many);

    [Fact]
    public void Drafts_of_thousands_of_lines_parse_in_both_formats_with_every_span_inside_the_text()
        => HostileText.ThousandsOfLines.Sample(text =>
        {
            foreach (var format in Formats)
            {
                AssertModelHolds(MessageDocument.Parse(text, format));
            }
        }, iter: Samples.Few);

    [Fact]
    public void Every_offset_outside_a_CRLF_maps_to_a_line_and_column_and_back()
        => HostileText.Draft.Sample(text =>
        {
            var lines = LineMap.Create(text);
            var breaks = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    breaks++;
                }
            }

            Assert.Equal(breaks + 1, lines.LineCount);
            for (var offset = 0; offset <= text.Length; offset++)
            {
                if (offset > 0 && offset < text.Length && text[offset - 1] == '\r' && text[offset] == '\n')
                {
                    continue;
                }

                Assert.Equal(offset, lines.GetOffset(lines.GetPosition(offset)));
            }
        }, iter: Samples.Many);

    private static void AssertModelHolds(MessageDocument document)
    {
        var text = document.Text;
        Assert.Equal(text.Length, document.Prose.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                Assert.Equal(text[i], document.Prose[i]);
            }
        }

        var previousEnd = 0;
        foreach (var sentence in document.Sentences)
        {
            SpanAssert.Valid(document, sentence.Span, "sentence");
            Assert.True(sentence.Span.Start >= previousEnd, $"Sentence {sentence.Span} overlaps the one before it in {SpanAssert.Excerpt(text, sentence.Span)}.");
            Assert.False(sentence.Span.IsEmpty, "A sentence is empty.");
            Assert.Equal(document.Prose.Substring(sentence.Span.Start, sentence.Span.Length), sentence.Prose);
            previousEnd = sentence.Span.End;
            foreach (var token in sentence.Tokens)
            {
                SpanAssert.Valid(document, token.Span, "token");
                Assert.True(sentence.Span.Contains(token.Span), $"Token {token.Span} lies outside sentence {sentence.Span}.");
                Assert.False(token.Span.IsEmpty, "A token is empty.");
                AssertWholeCodePoints(text, token.Span, "token");
            }
        }

        foreach (var paragraph in document.Paragraphs)
        {
            SpanAssert.Valid(document, paragraph.Span, "paragraph");
            Assert.All(paragraph.Sentences, s => Assert.True(paragraph.Span.Contains(s.Span), $"Sentence {s.Span} lies outside paragraph {paragraph.Span}."));
        }

        foreach (var region in document.ExcludedRegions)
        {
            Assert.True(region.Span.End <= text.Length, $"Excluded region {region.Span} lies outside the text.");
        }

        foreach (var directive in document.Directives)
        {
            SpanAssert.Valid(document, directive.Span, "directive");
        }
    }

    private static void AssertWholeCodePoints(string text, TextSpan span, string what)
    {
        Assert.False(span.Start > 0 && span.Start < text.Length && char.IsSurrogatePair(text[span.Start - 1], text[span.Start]), $"{what} {span} starts inside a surrogate pair.");
        Assert.False(span.End > 0 && span.End < text.Length && char.IsSurrogatePair(text[span.End - 1], text[span.End]), $"{what} {span} ends inside a surrogate pair.");
    }
}
