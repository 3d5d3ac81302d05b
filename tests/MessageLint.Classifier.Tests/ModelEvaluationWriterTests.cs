using System.Text.Json;
using MessageLint.Classifier.Evaluation;

namespace MessageLint.Classifier.Tests;

/// <summary>What `evaluate --model` prints about the model it measured, as text and as JSON.</summary>
public sealed class ModelEvaluationWriterTests
{
    private static ModelEvaluationReport Report()
    {
        var thresholds = TinyCorpus.Labels.ToDictionary(l => l, _ => 0.5);
        var evaluation = ModelEvaluator.Evaluate("tiny", TinyCorpus.Model, TinyCorpus.Items, thresholds);
        return new ModelEvaluationReport(TinyCorpus.Model.Manifest, 1234, [evaluation], null);
    }

    [Fact]
    public void The_json_names_the_model_recipe_and_each_dataset_with_its_labels()
    {
        using var output = new MemoryStream();

        ModelEvaluationWriter.WriteJson(Report(), output);

        using var json = JsonDocument.Parse(output.ToArray());
        var model = json.RootElement.GetProperty("model");
        Assert.Equal(1234, model.GetProperty("bytes").GetInt64());
        Assert.Equal(TinyCorpus.Options.Seed, model.GetProperty("seed").GetInt32());
        Assert.Equal(0.5, model.GetProperty("contextWeight").GetDouble());
        var dataset = Assert.Single(json.RootElement.GetProperty("datasets").EnumerateArray());
        Assert.Equal("tiny", dataset.GetProperty("name").GetString());
        Assert.Equal(TinyCorpus.Items.Count, dataset.GetProperty("items").GetInt32());
        Assert.Equal(TinyCorpus.Labels.Count, dataset.GetProperty("labels").GetArrayLength());
    }

    [Fact]
    public void The_text_header_says_how_the_model_reads_a_sentence()
    {
        using var output = new StringWriter();

        ModelEvaluationWriter.WriteText(Report(), output);

        var header = output.ToString().Split('\n')[0];
        Assert.StartsWith("model: 0.00 MB, seed ", header, StringComparison.Ordinal);
        Assert.EndsWith("sentences read in their paragraphs (weight 0.5)", header.TrimEnd('\r'), StringComparison.Ordinal);
    }
}
