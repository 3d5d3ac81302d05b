using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using MessageLint.Core.Evaluation;

namespace MessageLint.Formats.Corpus;

/// <summary>Writes rule evaluation results as a readable table or as JSON.</summary>
public static class EvaluationReportWriter
{
    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A table per dataset: per rule and per principle precision, recall and F1, with precision per language.</summary>
    public static void WriteText(IEnumerable<EvaluationReport> reports, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var report in reports)
        {
            var languages = string.Join(", ", report.ItemsByLanguage.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key} {l.Value}"));
            output.WriteLine($"{report.Dataset}: {report.Items} items ({languages})");
            output.WriteLine();
            output.WriteLine("Rule    Label                           Fired    TP    FP  FP(hard)    FN  Precision  Recall     F1  P(ru)  P(en)");
            foreach (var rule in report.Rules)
            {
                var c = rule.Overall;
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{rule.Descriptor.Id,-7} {rule.Descriptor.CorpusLabels[0],-30} {c.Fired,6} {c.TruePositives,5} {c.FalsePositives,5} {c.HardNegativeFalsePositives,9} {c.FalseNegatives,5} {Ratio(c.Precision),10} {Ratio(c.Recall),7} {Ratio(c.F1),6} {Ratio(rule.ByLanguage.GetValueOrDefault("ru")?.Precision),6} {Ratio(rule.ByLanguage.GetValueOrDefault("en")?.Precision),6}"));
            }

            output.WriteLine();
            output.WriteLine("Principle                                        Fired    TP    FP    FN  Precision  Recall     F1");
            foreach (var principle in report.Principles)
            {
                var c = principle.Overall;
                var name = $"{(int)principle.Principle} {string.Join("+", principle.Labels)}";
                if (name.Length > 46)
                {
                    name = name[..45] + "…";
                }

                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{name,-46} {c.Fired,7} {c.TruePositives,5} {c.FalsePositives,5} {c.FalseNegatives,5} {Ratio(c.Precision),10} {Ratio(c.Recall),7} {Ratio(c.F1),6}"));
            }

            output.WriteLine();
        }
    }

    /// <summary>The same figures as JSON: an array with one object per dataset.</summary>
    public static void WriteJson(IEnumerable<EvaluationReport> reports, Stream output)
    {
        ArgumentNullException.ThrowIfNull(reports);
        using var json = new Utf8JsonWriter(output, JsonOptions);
        json.WriteStartArray();
        foreach (var report in reports)
        {
            json.WriteStartObject();
            json.WriteString("dataset", report.Dataset);
            json.WriteNumber("items", report.Items);
            json.WriteStartObject("itemsByLanguage");
            foreach (var (language, count) in report.ItemsByLanguage.OrderBy(l => l.Key, StringComparer.Ordinal))
            {
                json.WriteNumber(language, count);
            }

            json.WriteEndObject();
            json.WriteStartArray("rules");
            foreach (var rule in report.Rules)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", rule.Descriptor.Id);
                json.WriteStartArray("labels");
                foreach (var label in rule.Descriptor.CorpusLabels)
                {
                    json.WriteStringValue(label);
                }

                json.WriteEndArray();
                WriteCounts(json, rule.Overall);
                json.WriteStartObject("byLanguage");
                foreach (var (language, counts) in rule.ByLanguage.OrderBy(l => l.Key, StringComparer.Ordinal))
                {
                    json.WriteStartObject(language);
                    WriteCounts(json, counts);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("principles");
            foreach (var principle in report.Principles)
            {
                json.WriteStartObject();
                json.WriteNumber("principle", (int)principle.Principle);
                json.WriteStartArray("labels");
                foreach (var label in principle.Labels)
                {
                    json.WriteStringValue(label);
                }

                json.WriteEndArray();
                WriteCounts(json, principle.Overall);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteCounts(Utf8JsonWriter json, DetectionCounts counts)
    {
        json.WriteNumber("truePositives", counts.TruePositives);
        json.WriteNumber("falsePositives", counts.FalsePositives);
        json.WriteNumber("hardNegativeFalsePositives", counts.HardNegativeFalsePositives);
        json.WriteNumber("falseNegatives", counts.FalseNegatives);
        WriteRatio(json, "precision", counts.Precision);
        WriteRatio(json, "recall", counts.Recall);
        WriteRatio(json, "f1", counts.F1);
    }

    private static void WriteRatio(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, Math.Round(v, 4));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Ratio(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "—";
}
