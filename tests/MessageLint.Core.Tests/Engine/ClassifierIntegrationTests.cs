using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Tests.TestRules;
using MessageLint.Core.Text;

namespace MessageLint.Core.Tests.Engine;

/// <summary>The engine hands classifier scores to rules, batches them for many drafts, and runs without a model.</summary>
public sealed class ClassifierIntegrationTests
{
    private static readonly string[] Drafts =
    [
        "Клиенты — ужас. Но мы справимся.",
        "All good here.",
        "This brief is awful. I'll rewrite it.",
    ];

    [Fact]
    public void Rules_see_the_scores_of_their_sentence()
    {
        var classifier = new KeywordClassifier();
        var engine = new LintEngine([new ModelScoreRule()], classifier);

        var report = engine.Analyze(MessageDocument.Parse(Drafts[0]));

        var diagnostic = Assert.Single(report.Diagnostics);
        Assert.Equal("Клиенты — ужас.", Drafts[0][diagnostic.Span.Start..diagnostic.Span.End]);
        Assert.Equal(0.9, diagnostic.Confidence, 3);
        Assert.Equal(1, classifier.Calls);
    }

    [Fact]
    public void The_model_reads_each_sentence_with_its_paragraph_and_a_lone_sentence_alone()
    {
        var classifier = new KeywordClassifier();
        var engine = new LintEngine([new ModelScoreRule()], classifier);

        engine.Analyze(MessageDocument.Parse("Клиенты — ужас. Опять всё переделывать.\n\nСпасибо!"));

        Assert.Equal(["Клиенты — ужас.", "Опять всё переделывать.", "Спасибо!"], classifier.LastSentences);
        Assert.Equal(["Клиенты — ужас. Опять всё переделывать.", "Клиенты — ужас. Опять всё переделывать.", "Спасибо!"], classifier.LastParagraphs);
        Assert.Same(classifier.LastSentences![2], classifier.LastParagraphs![2]);
    }

    [Fact]
    public void A_batch_scores_every_sentence_in_one_call_and_matches_single_analysis()
    {
        var classifier = new KeywordClassifier();
        var engine = new LintEngine([new ModelScoreRule()], classifier);
        var documents = Drafts.Select(d => MessageDocument.Parse(d)).ToList();

        var batch = engine.AnalyzeBatch(documents);
        var callsAfterBatch = classifier.Calls;
        var single = documents.Select(d => engine.Analyze(d)).ToList();

        Assert.Equal(1, callsAfterBatch);
        Assert.Equal(documents.Sum(d => d.Sentences.Count), classifier.SentencesScored / 2);
        Assert.Equal(
            single.Select(r => string.Join(";", r.Diagnostics.Select(d => d.Span))),
            batch.Select(r => string.Join(";", r.Diagnostics.Select(d => d.Span))));
    }

    [Fact]
    public void A_model_that_fails_while_a_rule_reads_its_scores_fails_that_rule_on_that_draft_only()
    {
        var classifier = new ScoredOnReadClassifier(sentence => sentence.Contains("boom", StringComparison.Ordinal)
            ? throw new InvalidOperationException("the model failed")
            : sentence.Contains("awful", StringComparison.Ordinal) ? 0.9f : 0.1f);
        var engine = new LintEngine([new ModelScoreRule(), new UrgentWordRule()], classifier);
        var documents = new[] { "It went boom. Need it asap.", "This brief is awful." }.Select(d => MessageDocument.Parse(d)).ToList();

        var reports = engine.AnalyzeBatch(documents);

        var failure = Assert.Single(reports[0].Diagnostics, d => d.Id == EngineDiagnostics.RuleFailed.Id);
        Assert.Equal(new object?[] { "ML3901", "the model failed" }, failure.Arguments);
        Assert.Single(reports[0].Diagnostics, d => d.Id == UrgentWordRule.Id);
        Assert.Equal("ML3901", Assert.Single(reports[1].Diagnostics).Id);
    }

    [Fact]
    public void Without_a_model_or_with_it_switched_off_rules_get_no_scores()
    {
        var classifier = new KeywordClassifier();
        var withModel = new LintEngine([new ModelScoreRule()], classifier);
        var withoutModel = new LintEngine([new ModelScoreRule()]);
        var document = MessageDocument.Parse(Drafts[0]);

        var switchedOff = withModel.Analyze(document, new LintSettings(useClassifier: false));
        var noModel = withoutModel.Analyze(document);

        Assert.Empty(switchedOff.Diagnostics);
        Assert.Empty(noModel.Diagnostics);
        Assert.Equal(0, classifier.Calls);
    }
}
