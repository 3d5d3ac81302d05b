using MessageLint.Core.Classification;
using MessageLint.Core.Text;

namespace MessageLint.Core.Tests.Classification;

/// <summary>The paragraph each sentence is read in by the model.</summary>
public sealed class ParagraphTextsTests
{
    [Fact]
    public void Sentences_of_one_paragraph_share_its_prose_joined_by_spaces()
    {
        var document = MessageDocument.Parse("Макет готов. Осталось   проверить тексты!\n\nОк.");

        var paragraphs = ParagraphTexts.Of(document);

        Assert.Equal(3, paragraphs.Length);
        Assert.Equal(document.Sentences[0].Prose + " " + document.Sentences[1].Prose, paragraphs[0]);
        Assert.Same(paragraphs[0], paragraphs[1]);
        Assert.Same(document.Sentences[2].Prose, paragraphs[2]);
    }

    [Fact]
    public void Markup_blanked_from_the_prose_stays_out_of_the_paragraph()
    {
        var document = MessageDocument.Parse("See `config.yml` first. Then **deploy**.", DocumentFormat.Markdown);

        var paragraphs = ParagraphTexts.Of(document);

        Assert.DoesNotContain("config.yml", paragraphs[0], StringComparison.Ordinal);
        Assert.DoesNotContain("**", paragraphs[0], StringComparison.Ordinal);
        Assert.Contains("deploy", paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_draft_has_no_paragraph_texts()
    {
        Assert.Empty(ParagraphTexts.Of(MessageDocument.Parse(string.Empty)));
    }
}
