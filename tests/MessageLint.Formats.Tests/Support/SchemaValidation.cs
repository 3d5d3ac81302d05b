using System.Text.Json;
using Json.Schema;

namespace MessageLint.Formats.Tests.Support;

/// <summary>
/// Validates output against the schemas copied next to the tests: the official OASIS SARIF 2.1.0
/// schema and the project's own JSON report schema. Each schema is built once, into a private
/// registry, so parallel tests neither rebuild nor collide on its ID.
/// </summary>
public static class SchemaValidation
{
    private static readonly Lazy<JsonSchema> Sarif = new(() => Load("sarif-schema-2.1.0.json"));
    private static readonly Lazy<JsonSchema> Report = new(() => Load("messagelint-report.schema.json"));

    private static readonly EvaluationOptions Evaluation = new()
    {
        OutputFormat = OutputFormat.List,
        RequireFormatValidation = true,
    };

    public static IReadOnlyList<string> SarifErrors(string json) => Errors(Sarif.Value, json);

    public static IReadOnlyList<string> ReportErrors(string json) => Errors(Report.Value, json);

    private static List<string> Errors(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = schema.Evaluate(document.RootElement, Evaluation);
        if (results.IsValid)
        {
            return [];
        }

        var errors = new List<string>();
        foreach (var node in (IEnumerable<EvaluationResults>)[results, .. results.Details ?? []])
        {
            foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
            {
                errors.Add($"{node.InstanceLocation} ({node.EvaluationPath}) {keyword}: {message}");
            }
        }

        return errors.Count > 0 ? errors : ["invalid, with no error detail"];
    }

    private static JsonSchema Load(string fileName)
    {
        // The SARIF schema is draft-04, which JsonSchema.Net does not ship. Draft-06 has the same
        // meaning for every keyword that schema uses (it has no exclusiveMinimum/Maximum, and its
        // "id" is only a label), so draft-04 is registered as draft-06 under the draft-04 URI.
        var dialects = new DialectRegistry();
        dialects.Register(Dialect.Draft06.With([], new Uri("http://json-schema.org/draft-04/schema#")));
        var options = new BuildOptions { DialectRegistry = dialects, SchemaRegistry = new SchemaRegistry() };
        var path = Path.Combine(AppContext.BaseDirectory, "Schemas", fileName);
        return JsonSchema.FromText(File.ReadAllText(path), options);
    }
}
