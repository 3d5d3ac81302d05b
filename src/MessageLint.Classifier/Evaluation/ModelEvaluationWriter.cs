using System.Globalization;
using System.Text.Json;

namespace MessageLint.Classifier.Evaluation;

/// <summary>Writes a model evaluation as JSON (for scripts and CI) or as aligned text tables (for people).</summary>
public static class ModelEvaluationWriter
{
    /// <summary>Writes the report as indented JSON; absent figures are null.</summary>
    public static void WriteJson(ModelEvaluationReport report, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(destination);
        using var writer = new Utf8JsonWriter(destination, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteStartObject("model");
        writer.WriteNumber("bytes", report.ModelBytes);
        writer.WriteNumber("seed", report.Manifest.Seed);
        writer.WriteNumber("trainingItems", report.Manifest.TrainingItems);
        writer.WriteNumber("calibrationItems", report.Manifest.CalibrationItems);
        writer.WriteNumber("featureCount", report.Manifest.FeatureCount);
        writer.WriteNumber("contextWeight", report.Manifest.ContextWeight);
        writer.WriteString("trainingDataSha256", report.Manifest.TrainingDataSha256);
        writer.WriteStartArray("labels");
        foreach (var label in report.Manifest.Labels)
        {
            writer.WriteStringValue(label);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartArray("datasets");
        foreach (var dataset in report.Datasets)
        {
            WriteDataset(writer, dataset);
        }

        writer.WriteEndArray();
        if (report.CrossValidation is { } cv)
        {
            writer.WriteStartObject("crossValidation");
            writer.WriteNumber("folds", cv.Folds);
            WriteNumber(writer, "macroF1RequiredMean", cv.MacroF1RequiredMean);
            WriteNumber(writer, "macroF1RequiredStandardDeviation", cv.MacroF1RequiredStandardDeviation);
            writer.WriteStartArray("labels");
            foreach (var label in cv.Labels)
            {
                writer.WriteStartObject();
                writer.WriteString("label", label.Label);
                WriteNumber(writer, "precisionMean", label.PrecisionMean);
                WriteNumber(writer, "recallMean", label.RecallMean);
                WriteNumber(writer, "f1Mean", label.F1Mean);
                WriteNumber(writer, "f1StandardDeviation", label.F1StandardDeviation);
                WriteNumber(writer, "aucMean", label.AucMean);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("folds");
            foreach (var fold in cv.PerFold)
            {
                WriteDataset(writer, fold);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes the report as text tables.</summary>
    public static void WriteText(ModelEvaluationReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"model: {report.ModelBytes / 1024.0 / 1024.0:0.00} MB, seed {report.Manifest.Seed}, {report.Manifest.TrainingItems} training items, {report.Manifest.CalibrationItems} calibration items, {report.Manifest.FeatureCount} features, sentences read {(report.Manifest.ContextWeight == 0 ? "alone" : $"in their paragraphs (weight {report.Manifest.ContextWeight:0.##})")}");
        foreach (var dataset in report.Datasets)
        {
            output.WriteLine();
            output.WriteLine($"{dataset.Name}: {dataset.Items} items; macro-F1 {Format(dataset.MacroF1Required)} over the required labels, {Format(dataset.MacroF1All)} over all");
            output.WriteLine($"  {"label",-31} {"thresh",6} {"support",7} {"TP",5} {"FP",5} {"FN",5} {"prec",6} {"recall",6} {"F1",6} {"AUC",6}");
            foreach (var m in dataset.Labels)
            {
                output.WriteLine($"  {m.Label,-31} {m.Threshold,6:0.000} {m.Support,7} {m.TruePositives,5} {m.FalsePositives,5} {m.FalseNegatives,5} {Format(m.Precision),6} {Format(m.Recall),6} {Format(m.F1),6} {Format(m.Auc),6}");
            }

            output.WriteLine("  confusion (rows: true label, columns: predicted):");
            var names = dataset.Confusion.Labels;
            output.WriteLine($"       {string.Empty,-31} {string.Join(' ', names.Select((_, i) => $"{i,4}"))}");
            for (var r = 0; r < names.Count; r++)
            {
                if (dataset.Confusion.Counts[r].Sum() == 0)
                {
                    continue;
                }

                output.WriteLine($"    {r,2} {names[r],-31} {string.Join(' ', dataset.Confusion.Counts[r].Select(c => $"{c,4}"))}");
            }
        }

        if (report.CrossValidation is { } cv)
        {
            output.WriteLine();
            output.WriteLine($"{cv.Folds}-fold cross-validation by group (train+dev items): macro-F1 {Format(cv.MacroF1RequiredMean)} ± {Format(cv.MacroF1RequiredStandardDeviation)} over the required labels");
            output.WriteLine($"  {"label",-31} {"prec",6} {"recall",6} {"F1",6} {"± F1",6} {"AUC",6}");
            foreach (var label in cv.Labels)
            {
                output.WriteLine($"  {label.Label,-31} {Format(label.PrecisionMean),6} {Format(label.RecallMean),6} {Format(label.F1Mean),6} {Format(label.F1StandardDeviation),6} {Format(label.AucMean),6}");
            }
        }
    }

    private static void WriteDataset(Utf8JsonWriter writer, DatasetEvaluation dataset)
    {
        writer.WriteStartObject();
        writer.WriteString("name", dataset.Name);
        writer.WriteNumber("items", dataset.Items);
        WriteNumber(writer, "macroF1Required", dataset.MacroF1Required);
        WriteNumber(writer, "macroF1All", dataset.MacroF1All);
        writer.WriteStartArray("labels");
        foreach (var m in dataset.Labels)
        {
            writer.WriteStartObject();
            writer.WriteString("label", m.Label);
            writer.WriteNumber("threshold", Math.Round(m.Threshold, 6));
            writer.WriteNumber("support", m.Support);
            writer.WriteNumber("truePositives", m.TruePositives);
            writer.WriteNumber("falsePositives", m.FalsePositives);
            writer.WriteNumber("falseNegatives", m.FalseNegatives);
            writer.WriteNumber("trueNegatives", m.TrueNegatives);
            WriteNumber(writer, "precision", m.Precision);
            WriteNumber(writer, "recall", m.Recall);
            WriteNumber(writer, "f1", m.F1);
            WriteNumber(writer, "auc", m.Auc);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("confusionMatrix");
        writer.WriteStartArray("labels");
        foreach (var name in dataset.Confusion.Labels)
        {
            writer.WriteStringValue(name);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("counts");
        foreach (var row in dataset.Confusion.Counts)
        {
            writer.WriteStartArray();
            foreach (var count in row)
            {
                writer.WriteNumberValue(count);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, Math.Round(v, 4));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static string Format(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-";
}
