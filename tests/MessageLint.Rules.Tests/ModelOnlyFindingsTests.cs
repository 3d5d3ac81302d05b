using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;
using MessageLint.Rules.Infrastructure;

namespace MessageLint.Rules.Tests;

/// <summary>
/// ML4001 and ML5001 let the embedded model flag a sentence no word list or pattern catches (their
/// labels meet the flag-alone bar), under the same vetoes a phrase finding has.
/// </summary>
public sealed class ModelOnlyFindingsTests
{
    private const string VagueStatus = "I'm working on the formatting a little.";
    private const string DecisionQuestion = "Какие предпочтения в освещении у вас есть?";

    [Fact]
    public void A_vague_status_no_phrase_catches_is_flagged_whole_by_the_model_with_the_sentence_quoted()
    {
        var finding = Assert.Single(Findings(VagueStatus, RuleTestEngine.WithModel), d => d.Id == "ML4001");

        Assert.Equal(VagueStatus, VagueStatus[finding.Span.Start..finding.Span.End]);
        Assert.Equal(["model"], finding.Evidence.Select(e => e.Kind));
        Assert.Equal("I'm working on the formatting a little", finding.Arguments[0]);
        Assert.DoesNotContain(Findings(VagueStatus, RuleTestEngine.Instance), d => d.Id == "ML4001");
    }

    [Fact]
    public void A_concrete_time_in_the_next_sentence_vetoes_the_model_as_it_vetoes_a_phrase()
    {
        Assert.DoesNotContain(Findings(VagueStatus + " Done by Friday 18:00.", RuleTestEngine.WithModel), d => d.Id == "ML4001");
    }

    [Fact]
    public void A_question_handing_a_decision_to_the_client_is_flagged_whole_by_the_model()
    {
        var finding = Assert.Single(Findings(DecisionQuestion, RuleTestEngine.WithModel), d => d.Id == "ML5001");

        Assert.Equal(DecisionQuestion, DecisionQuestion[finding.Span.Start..finding.Span.End]);
        Assert.Equal(["model"], finding.Evidence.Select(e => e.Kind));
        Assert.DoesNotContain(Findings(DecisionQuestion, RuleTestEngine.Instance), d => d.Id == "ML5001");
    }

    [Fact]
    public void The_writers_own_recommendation_vetoes_the_model_as_it_vetoes_a_pattern()
    {
        var withRecommendation = DecisionQuestion + " Я бы предложил тёплый свет: так уютнее.";

        Assert.DoesNotContain(Findings(withRecommendation, RuleTestEngine.WithModel), d => d.Id == "ML5001");
    }

    [Theory]
    [InlineData("  Short one?  ", "Short one")]
    [InlineData("Скоро будет...", "Скоро будет")]
    [InlineData("We are still working through the long list of small fixes the review left for us to do.", "We are still working through the long list of small fixes…")]
    [InlineData("Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…")]
    public void A_model_finding_quotes_its_sentence_cut_at_a_word(string sentence, string quote)
    {
        Assert.Equal(quote, ModelQuote.Quote(sentence));
    }

    private static IReadOnlyList<Diagnostic> Findings(string text, LintEngine engine)
        => engine.Analyze(MessageDocument.Parse(text), new LintSettings()).Diagnostics;
}
