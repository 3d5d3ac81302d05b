using System.Runtime.CompilerServices;
using System.Text.Json;
using MessageLint.Cli.Tests.Support;
using MessageLint.Core.Engine;
using MessageLint.Formats.Corpus;
using MessageLint.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace MessageLint.Cli.Tests;

/// <summary>`messagelint evaluate` over a small corpus, and over a corpus with a broken line.</summary>
public sealed class EvaluateEndToEndTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Evaluate_reports_per_rule_figures_as_json()
    {
        _folder.Write("corpus.jsonl", string.Join('\n',
            """{"id": "a", "lang": "en", "text": "As I already said, the files are late.", "labels": ["blunt-or-blaming"]}""",
            """{"id": "b", "lang": "en", "text": "Thanks for the files, all good.", "labels": []}""",
            """{"id": "c", "lang": "ru", "text": "Пришлите тексты!!!", "labels": []}"""));

        var result = CliProcess.Run(_folder.Path, null, "evaluate", "corpus.jsonl", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.StandardOutput);
        var rule = json.RootElement[0].GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "ML7001");
        Assert.Equal(1, rule.GetProperty("truePositives").GetInt32());
        Assert.Equal(1, rule.GetProperty("falsePositives").GetInt32());
        Assert.Equal(0.5, rule.GetProperty("precision").GetDouble());
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    public void Train_refuses_a_context_weight_outside_zero_to_one_before_training(string weight)
    {
        var result = CliProcess.Run(_folder.Path, null, "train", "--context-weight", weight, "--output", "model.zip");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--context-weight must be between 0 and 1", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(System.IO.Path.Combine(_folder.Path, "model.zip")));
    }

    [Fact]
    public void Split_measures_only_that_part_of_the_fixed_split_and_the_parts_add_up()
    {
        var lines = Enumerable.Range(0, 60).Select(i => $$"""{"id": "item-{{i}}", "lang": "en", "text": "Thanks for the files, all good {{i}}.", "labels": []}""");
        _folder.Write("corpus.jsonl", string.Join('\n', lines) + "\n");
        var items = CorpusReader.Read(System.IO.Path.Combine(_folder.Path, "corpus.jsonl")).Items;

        var counts = new Dictionary<string, int>();
        foreach (var part in new[] { "train", "dev", "test" })
        {
            var result = CliProcess.Run(_folder.Path, null, "evaluate", "corpus.jsonl", "--split", part, "--format", "json");
            Assert.Equal(0, result.ExitCode);
            using var json = JsonDocument.Parse(result.StandardOutput);
            var report = Assert.Single(json.RootElement.EnumerateArray());
            Assert.EndsWith($"({part} split)", report.GetProperty("dataset").GetString(), StringComparison.Ordinal);
            counts[part] = report.GetProperty("items").GetInt32();
        }

        Assert.Equal(60, counts.Values.Sum());
        Assert.Equal(MessageLint.Classifier.Splits.CorpusSplitter.Select(items, MessageLint.Classifier.Splits.DataSplit.Test).Count, counts["test"]);
        Assert.Equal(2, CliProcess.Run(_folder.Path, null, "evaluate", "corpus.jsonl", "--split", "holdout").ExitCode);
    }

    [Fact]
    public void A_broken_corpus_line_is_reported_with_its_line_number()
    {
        _folder.Write("corpus.jsonl", "{\"id\": \"a\", \"lang\": \"en\", \"text\": \"Fine.\", \"labels\": []}\n{not json}\n");

        var result = CliProcess.Run(_folder.Path, null, "evaluate", "corpus.jsonl");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("corpus.jsonl:2:1: not a corpus item:", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("1 items", result.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evaluate", "corpus.jsonl")]
    [InlineData("evaluate", "--model", "--folds", "0", "corpus.jsonl")]
    [InlineData("train", "--corpus", "corpus.jsonl", "--no-extra", "--output", "model.zip")]
    public void A_misspelt_label_is_an_input_error_naming_the_label_meant(params string[] arguments)
    {
        _folder.Write("corpus.jsonl", "{\"text\": \"Клиенты вечно тупят\", \"labels\": [\"complaint\"]}\n{\"text\": \"Клиенты вечно тупят\", \"labels\": [\"complaint-about-client\"]}\n");

        var result = CliProcess.Run(_folder.Path, null, arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("messagelint: error ML0004: ", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("corpus.jsonl:1:1: not a corpus item: unknown label \"complaint\" (did you mean complaint-about-client?)\n", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_reads_and_checks_the_drafts_it_is_given_before_training()
    {
        _folder.Write("corpus.jsonl", "{\"text\": \"Клиенты вечно тупят\", \"labels\": [\"complaint-about-client\"]}\n");
        _folder.Write("drafts.jsonl", "{\"text\": \"Clients never read\", \"labels\": [\"complaint-about-clients\"]}\n");

        var result = CliProcess.Run(_folder.Path, null, "train", "--corpus", "corpus.jsonl", "--no-extra", "--drafts", "drafts.jsonl", "--output", "model.zip");
        var missing = CliProcess.Run(_folder.Path, null, "train", "--corpus", "corpus.jsonl", "--no-extra", "--drafts", "none.jsonl", "--output", "model.zip");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("drafts.jsonl:1:1: not a corpus item: unknown label \"complaint-about-clients\" (did you mean complaint-about-client?)\n", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("none.jsonl: corpus not found", missing.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder.Path, "model.zip")));
    }

    [Fact]
    public void Every_label_of_the_shipped_corpora_is_known()
    {
        var corpus = System.IO.Path.Combine(RepositoryRoot(), "rules", "corpus");
        var known = MessageLint.Classifier.ModelLabels.Corpus.ToHashSet(StringComparer.Ordinal);

        // The rules' own corpus labels are all among the model's and the real data's, so --model and the rules accept the same files.
        using var services = new ServiceCollection().AddBuiltInRules().BuildServiceProvider();
        Assert.Subset(known, services.GetRequiredService<LintEngine>().Descriptors.SelectMany(d => d.CorpusLabels).ToHashSet(StringComparer.Ordinal));
        Assert.Empty(CorpusReader.Read(corpus, known).Problems);
    }

    private static string RepositoryRoot([CallerFilePath] string path = "")
        => System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path)!, "..", ".."));

    [Fact]
    public void A_file_that_is_not_a_model_is_a_clear_error_not_a_crash()
    {
        _folder.Write("corpus.jsonl", """{"text": "Fine.", "labels": []}""");

        var result = CliProcess.Run(_folder.Path, null, "evaluate", "--model", "corpus.jsonl", "--folds", "0", "corpus.jsonl");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("messagelint: error: corpus.jsonl: not a MessageLint model file", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.StandardError, StringComparison.Ordinal);
    }
}
