using System.Globalization;
using System.Text.Json;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;

namespace MessageLint.Formats.Writers;

/// <summary>
/// Writes the whole run as one JSON document for tools and dashboards: every draft with its score
/// and every diagnostic, suppressed and hidden ones included, with spans, fixes and evidence.
/// Property order is fixed and every property is always present (null where it has no value), so
/// output can be diffed; the shape is versioned and specified in <c>src/MessageLint.Formats/docs/json-format.md</c> and
/// <c>src/MessageLint.Formats/docs/schemas/messagelint-report.schema.json</c>.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    /// <summary>The version of the output shape; it changes only when a consumer would have to.</summary>
    public const string FormatVersion = "1";

    /// <summary>The tool name written in the output.</summary>
    public const string ToolName = "messagelint";

    /// <inheritdoc />
    public void Write(RunResult result, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        JsonOutput.Write(output, writer => WriteRun(writer, result));
    }

    private static void WriteRun(Utf8JsonWriter writer, RunResult result)
    {
        var totals = SeverityCounts.Of(result.Reports);
        writer.WriteStartObject();
        writer.WriteString("version", FormatVersion);
        writer.WriteStartObject("tool");
        writer.WriteString("name", ToolName);
        writer.WriteString("version", RunResult.ToolVersion);
        writer.WriteEndObject();
        writer.WriteString("profile", result.Settings.Profile);
        writer.WriteString("failOn", result.Settings.FailOn.ToName());
        writer.WriteNumber("exitCode", result.ExitCode);

        writer.WriteStartObject("summary");
        writer.WriteNumber("drafts", result.Reports.Count);
        writer.WriteNumber("errors", totals.Errors);
        writer.WriteNumber("warnings", totals.Warnings);
        writer.WriteNumber("infos", totals.Infos);
        writer.WriteNumber("suppressed", totals.Suppressed);
        writer.WriteNumber("problems", result.Problems.Count);
        writer.WriteEndObject();

        writer.WriteStartArray("drafts");
        foreach (var report in result.Reports)
        {
            WriteDraft(writer, report);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("problems");
        foreach (var problem in result.Problems)
        {
            WriteProblem(writer, problem);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteDraft(Utf8JsonWriter writer, MessageReport report)
    {
        var document = report.Document;
        writer.WriteStartObject();
        writer.WriteString("path", document.Path);
        writer.WriteString("language", document.Language.ToCode());
        writer.WriteStartObject("score");
        writer.WriteNumber("overall", report.Score.Overall);
        writer.WriteStartObject("principles");
        foreach (var principle in PrincipleInfo.All)
        {
            var score = report.Score.ByPrinciple.TryGetValue(principle, out var value) ? value : 100;
            writer.WriteNumber(((int)principle).ToString(CultureInfo.InvariantCulture), score);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in report.Diagnostics)
        {
            WriteDiagnostic(writer, document, diagnostic);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter writer, MessageDocument document, Diagnostic diagnostic)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", diagnostic.Id);
        writer.WriteString("severity", diagnostic.Severity.ToName());
        writer.WriteNumber("principle", (int)diagnostic.Descriptor.Principle);
        writer.WriteString("message", diagnostic.GetMessage());
        writer.WriteString("language", diagnostic.Language.ToCode());

        writer.WriteStartObject("span");
        writer.WriteNumber("start", diagnostic.Span.Start);
        writer.WriteNumber("end", diagnostic.Span.End);
        writer.WriteEndObject();

        writer.WriteStartObject("range");
        WritePosition(writer, "start", diagnostic.Location.Start);
        WritePosition(writer, "end", diagnostic.Location.End);
        writer.WriteEndObject();

        writer.WriteString("text", document.Text.AsSpan(diagnostic.Span.Start, diagnostic.Span.Length));
        writer.WriteNumber("confidence", diagnostic.Confidence);
        writer.WriteBoolean("suppressed", diagnostic.IsSuppressed);
        if (diagnostic.IsSuppressed)
        {
            writer.WriteString("justification", diagnostic.SuppressionJustification);
        }

        EvidenceJson.Write(writer, diagnostic.Evidence, nullScores: true);

        writer.WriteStartArray("suggestions");
        foreach (var suggestion in diagnostic.Suggestions)
        {
            writer.WriteStartObject();
            writer.WriteString("title", suggestion.Title);
            writer.WriteBoolean("automatic", suggestion.IsAutomatic);
            writer.WriteStartArray("edits");
            foreach (var edit in suggestion.Edits)
            {
                writer.WriteStartObject();
                writer.WriteNumber("start", edit.Span.Start);
                writer.WriteNumber("end", edit.Span.End);
                writer.WriteString("newText", edit.NewText);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("helpUri", diagnostic.Descriptor.HelpUri);
        writer.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter writer, string name, LinePosition position)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("line", position.Line + 1);
        writer.WriteNumber("column", position.Character + 1);
        writer.WriteEndObject();
    }

    private static void WriteProblem(Utf8JsonWriter writer, RunProblem problem)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", problem.Descriptor.Id);
        writer.WriteString("path", problem.Path);
        writer.WriteString("message", problem.Message);
        if (problem.Position is { } position)
        {
            writer.WriteNumber("line", position.Line + 1);
            writer.WriteNumber("column", position.Character + 1);
        }
        else
        {
            writer.WriteNull("line");
            writer.WriteNull("column");
        }

        writer.WriteEndObject();
    }
}
