using MessageLint.Core.Text;

namespace MessageLint.Core.Tests.Text;

/// <summary>Checks that hold for every parsed draft, so each table row also guards offsets and the prose mask.</summary>
internal static class DocumentInvariants
{
    public static void AssertHold(MessageDocument document)
    {
        Assert.Equal(document.Text.Length, document.Prose.Length);
        for (var i = 0; i < document.Text.Length; i++)
        {
            var raw = document.Text[i];
            var prose = document.Prose[i];
            if (raw is '\n' or '\r' && !IsUnfoldedMailHeader(document, i))
            {
                Assert.Equal(raw, prose);
            }
        }

        foreach (var sentence in document.Sentences)
        {
            AssertInside(document, sentence.Span);
            Assert.Equal(document.Prose.Substring(sentence.Span.Start, sentence.Span.Length), sentence.Prose);
            Assert.False(char.IsWhiteSpace(sentence.Prose[0]), $"Sentence {sentence.Span} starts with white space.");
            Assert.False(char.IsWhiteSpace(sentence.Prose[^1]), $"Sentence {sentence.Span} ends with white space.");
            foreach (var token in sentence.Tokens)
            {
                Assert.True(sentence.Span.Contains(token.Span), $"Token {token.Span} lies outside sentence {sentence.Span}.");
            }
        }

        for (var i = 1; i < document.Sentences.Count; i++)
        {
            Assert.True(document.Sentences[i - 1].Span.End <= document.Sentences[i].Span.Start, "Sentences overlap or are out of order.");
        }

        foreach (var paragraph in document.Paragraphs)
        {
            AssertInside(document, paragraph.Span);
            foreach (var sentence in paragraph.Sentences)
            {
                Assert.True(paragraph.Span.Contains(sentence.Span), $"Sentence {sentence.Span} lies outside paragraph {paragraph.Span}.");
            }
        }

        foreach (var region in document.ExcludedRegions)
        {
            AssertInside(document, region.Span);
        }

        foreach (var directive in document.Directives)
        {
            AssertInside(document, directive.Span);
        }
    }

    /// <summary>An e-mail's folded Subject is read unfolded: its line breaks, followed by white space, become spaces.</summary>
    private static bool IsUnfoldedMailHeader(MessageDocument document, int index)
    {
        var next = index + 1;
        if (document.Text[index] == '\r' && next < document.Text.Length && document.Text[next] == '\n')
        {
            next++;
        }

        return document.Format == DocumentFormat.Email && document.Prose[index] == ' ' && next < document.Text.Length && document.Text[next] is ' ' or '\t';
    }

    /// <summary>The raw text of every sentence, the way a reader would quote it.</summary>
    public static string[] SentenceTexts(MessageDocument document)
        => [.. document.Sentences.Select(s => document.Text.Substring(s.Span.Start, s.Span.Length))];

    private static void AssertInside(MessageDocument document, TextSpan span)
        => Assert.True(span.Start >= 0 && span.End <= document.Text.Length, $"Span {span} lies outside the text of length {document.Text.Length}.");
}
