using System.IO.Compression;
using System.Text;
using System.Text.Json;
using MessageLint.Classifier.Model;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;
using MessageLint.Rules;
using MessageLint.Rules.Infrastructure;
using MessageLint.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MessageLint.Classifier.Tests;

/// <summary>The model shipped in the build loads once, scores every label it promises, and matches its thresholds file.</summary>
public sealed class EmbeddedModelTests
{
    [Fact]
    public void The_build_embeds_a_model_under_twenty_megabytes()
    {
        using var stream = typeof(EmbeddedModel).Assembly.GetManifestResourceStream(EmbeddedModel.ResourceName);

        Assert.NotNull(stream);
        Assert.InRange(stream.Length, 1, 20L * 1024 * 1024);
    }

    [Fact]
    public void The_embedded_model_loads_once_and_scores_every_required_label()
    {
        var classifier = SentenceClassifier.Embedded;

        var scores = classifier.Score(["Клиенты опять хотят всё и сразу.", "Отправлю макет в пятницу до 18:00."]);

        Assert.Same(classifier, SentenceClassifier.Embedded);
        Assert.Equal(2, scores.Count);
        foreach (var label in ModelLabels.Required)
        {
            Assert.InRange(scores[0].Get(label)!.Value, 0f, 1f);
        }

        Assert.True(scores[0].Get("complaint-about-client") > scores[1].Get("complaint-about-client"));
    }

    [Theory]
    [InlineData("manifest.json")]
    [InlineData("thresholds.json")]
    public void The_embedded_models_json_entries_read_and_write_back_byte_for_byte(string entryName)
    {
        // The JSON contracts are generated at build time; a generator that named, ordered or indented a
        // property differently would make the next `train` write a different file from the same run.
        using var stream = typeof(EmbeddedModel).Assembly.GetManifestResourceStream(EmbeddedModel.ResourceName)!;
        using var archive = new ZipArchive(stream, ZipArchiveMode.Read);
        using var entry = archive.GetEntry(entryName)!.Open();
        using var original = new MemoryStream();
        entry.CopyTo(original);
        original.Position = 0;

        using var written = new MemoryStream();
        if (entryName == "thresholds.json")
        {
            ModelThresholds.Read(original).Write(written);
        }
        else
        {
            JsonSerializer.Serialize(written, JsonSerializer.Deserialize<ModelManifest>(original, ManifestJson.Options), ManifestJson.Options);
        }

        Assert.True(original.Length > 100);
        Assert.Equal(Encoding.UTF8.GetString(original.ToArray()), Encoding.UTF8.GetString(written.ToArray()));
    }

    [Fact]
    public void The_embedded_model_marks_lexicon_expressions_as_it_was_trained_to()
    {
        var model = SentenceClassifier.Embedded.Model;

        Assert.True(model.Manifest.LexiconExpressions > 0);
        Assert.Equal(model.Manifest.LexiconExpressions, model.Lexicons!.ExpressionCount);
        Assert.Equal(model.Manifest.LexiconEntries, model.Lexicons.Entries.Count);
    }

    [Fact]
    public void The_embedded_model_and_the_rules_thresholds_come_from_one_training_run()
    {
        var thresholds = SentenceClassifier.Embedded.Model.Thresholds;

        Assert.NotNull(thresholds);
        Assert.Equal(SentenceClassifier.Embedded.Model.Manifest.TrainingDataSha256, thresholds.TrainingDataSha256);
        foreach (var label in thresholds.Labels)
        {
            var ruleSide = ModelThresholdTable.Find(label.Label);
            Assert.NotNull(ruleSide);
            Assert.Equal(label.Threshold, ruleSide.Threshold);
            Assert.Equal(label.FlagsAlone, ruleSide.FlagsAlone);
        }
    }

    [Fact]
    public void A_label_flags_alone_only_when_its_held_out_precision_meets_the_bar()
    {
        foreach (var label in SentenceClassifier.Embedded.Model.Thresholds!.Labels)
        {
            var preciseOnRealText = label.RealFlags is null
                || (label.RealFlags >= ModelThresholds.FlagAloneMinimumRealFlags && label.RealPrecision >= ModelThresholds.FlagAloneRealPrecision);
            Assert.Equal(label.Label != ModelLabels.Clean && label.TestPrecision >= ModelThresholds.FlagAlonePrecision && preciseOnRealText, label.FlagsAlone);
        }
    }

    [Fact]
    public void Model_evidence_reaches_the_diagnostics_and_no_ml_leaves_it_out()
    {
        var engine = new ServiceCollection()
            .AddSingleton<Core.Classification.ISentenceClassifier>(SentenceClassifier.Embedded)
            .AddBuiltInRules()
            .BuildServiceProvider()
            .GetRequiredService<LintEngine>();
        var document = MessageDocument.Parse("Как я уже говорил, пришлите тексты.");

        var withModel = engine.Analyze(document);
        var withoutModel = engine.Analyze(document, new LintSettings(useClassifier: false));

        var blame = Assert.Single(withModel.Diagnostics, d => d.Id == "ML7001");
        Assert.Contains(blame.Evidence, e => e.Kind == "phrase");
        Assert.Contains(blame.Evidence, e => e.Kind == "model" && e.Detail == "blunt-or-blaming" && e.Score is >= 0 and <= 1);
        Assert.DoesNotContain(withoutModel.Diagnostics.SelectMany(d => d.Evidence), e => e.Kind == "model");
    }

    [Fact]
    public void A_batch_of_drafts_gives_the_same_reports_as_one_draft_at_a_time()
    {
        var engine = new ServiceCollection()
            .AddSingleton<Core.Classification.ISentenceClassifier>(SentenceClassifier.Embedded)
            .AddBuiltInRules()
            .BuildServiceProvider()
            .GetRequiredService<LintEngine>();
        // Enough drafts for the batch to be checked on all cores, from the corpus so that rules fire.
        var drafts = Enumerable.Range(0, 40)
            .Select(i => i % 2 == 0 ? $"Простите, пожалуйста, возможно, запуск чуть сдвинется, извините {i}." : $"Клиенты вечно всё меняют {i}!!!")
            .Concat(RepositoryFiles.CorpusTexts().Where((_, i) => i % 20 == 0))
            .Select(text => MessageDocument.Parse(text))
            .ToList();
        Assert.True(drafts.Count >= 3 * LintEngine.ParallelBatchThreshold);

        var batch = engine.AnalyzeBatch(drafts);

        for (var i = 0; i < drafts.Count; i++)
        {
            var single = engine.Analyze(drafts[i]);
            Assert.Same(drafts[i], batch[i].Document);
            Assert.Equal(single.Diagnostics.Select(d => (d.Id, d.Span, d.Confidence)), batch[i].Diagnostics.Select(d => (d.Id, d.Span, d.Confidence)));
        }

        Assert.Contains(batch, r => r.Diagnostics.Count > 0);
    }
}
