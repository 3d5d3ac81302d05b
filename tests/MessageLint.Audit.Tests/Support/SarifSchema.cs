using System.Text.Json;
using Json.Schema;

namespace MessageLint.Audit.Tests.Support;

/// <summary>Validates SARIF against the official OASIS 2.1.0 schema kept with the Formats tests (draft-04, read as draft-06, as they do).</summary>
public static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    public static IReadOnlyList<string> Errors(string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        var errors = new List<string>();
        foreach (var node in (IEnumerable<EvaluationResults>)[results, .. results.Details ?? []])
        {
            foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
            {
                errors.Add($"{node.InstanceLocation} {keyword}: {message}");
            }
        }

        return errors.Count > 0 ? errors : ["invalid, with no error detail"];
    }

    private static JsonSchema Load()
    {
        var dialects = new DialectRegistry();
        dialects.Register(Dialect.Draft06.With([], new Uri("http://json-schema.org/draft-04/schema#")));
        var options = new BuildOptions { DialectRegistry = dialects, SchemaRegistry = new SchemaRegistry() };
        return JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json")), options);
    }
}
