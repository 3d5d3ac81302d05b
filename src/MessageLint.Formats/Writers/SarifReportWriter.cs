using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;

namespace MessageLint.Formats.Writers;

/// <summary>
/// Writes a SARIF 2.1.0 log, the format code-scanning services and editors' SARIF viewers read.
/// Written by hand with <see cref="Utf8JsonWriter"/> because no SARIF SDK is available here; the
/// tests validate the output against the official OASIS schema. Columns and offsets are UTF-16
/// code units, SARIF's default column kind and the unit of every span in MessageLint.
/// </summary>
public sealed class SarifReportWriter : IReportWriter
{
    /// <summary>The schema URI written in <c>$schema</c>.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The tool's home page, written as the driver's information URI.</summary>
    public const string InformationUri = "https://github.com/messagelint/messagelint";

    /// <summary>The key of the fingerprint that identifies a finding by rule and flagged text, wherever it moves.</summary>
    public const string FingerprintKey = "ruleAndText/v1";

    /// <inheritdoc />
    public void Write(RunResult result, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        JsonOutput.Write(output, writer => WriteLog(writer, result));
    }

    private static void WriteLog(Utf8JsonWriter writer, RunResult result)
    {
        var rules = CollectRules(result);
        var ruleIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < rules.Count; i++)
        {
            ruleIndex.TryAdd(rules[i].Id, i);
        }

        var notifications = result.Problems.Select(p => p.Descriptor).DistinctBy(d => d.Id).ToList();
        var artifacts = new List<(SarifLocation Location, MessageDocument Document)>();
        var artifactIndex = new Dictionary<SarifLocation, int>();
        foreach (var report in result.Reports)
        {
            var location = SarifLocation.FromPath(report.Document.Path);
            if (artifactIndex.TryAdd(location, artifacts.Count))
            {
                artifacts.Add((location, report.Document));
            }
        }

        writer.WriteStartObject();
        writer.WriteString("$schema", SchemaUri);
        writer.WriteString("version", "2.1.0");
        writer.WriteStartArray("runs");
        writer.WriteStartObject();

        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", "MessageLint");
        writer.WriteString("semanticVersion", RunResult.ToolVersion);
        writer.WriteString("informationUri", InformationUri);
        writer.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            WriteDescriptor(writer, rule);
        }

        writer.WriteEndArray();
        if (notifications.Count > 0)
        {
            writer.WriteStartArray("notifications");
            foreach (var descriptor in notifications)
            {
                WriteDescriptor(writer, descriptor);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();

        WriteInvocation(writer, result, notifications);

        writer.WriteStartArray("artifacts");
        foreach (var (location, document) in artifacts)
        {
            writer.WriteStartObject();
            WriteArtifactLocation(writer, "location", location, index: null);
            writer.WriteString("mimeType", document.Format switch { DocumentFormat.Markdown => "text/markdown", DocumentFormat.Email => "message/rfc822", _ => "text/plain" });
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("results");
        foreach (var report in result.Reports)
        {
            var location = SarifLocation.FromPath(report.Document.Path);
            foreach (var diagnostic in report.Diagnostics)
            {
                WriteResult(writer, report, diagnostic, ruleIndex[diagnostic.Id], location, artifactIndex[location]);
            }
        }

        writer.WriteEndArray();
        writer.WriteString("columnKind", "utf16CodeUnits");
        WriteRunProperties(writer, result);

        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Every descriptor the run knows, then any a diagnostic used that the run did not list, so every result has a rule.</summary>
    private static List<RuleDescriptor> CollectRules(RunResult result)
    {
        var rules = new List<RuleDescriptor>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var descriptor in result.Descriptors.Concat(result.Reports.SelectMany(r => r.Diagnostics).Select(d => d.Descriptor)))
        {
            if (seen.Add(descriptor.Id))
            {
                rules.Add(descriptor);
            }
        }

        return rules;
    }

    private static void WriteDescriptor(Utf8JsonWriter writer, RuleDescriptor descriptor)
    {
        writer.WriteStartObject();
        writer.WriteString("id", descriptor.Id);
        writer.WriteString("name", ToPascalCase(descriptor.Title.English));
        WriteMessage(writer, "shortDescription", descriptor.Title.English);
        var principle = descriptor.Principle;
        WriteMessage(writer, "fullDescription", principle == Principle.Engine
            ? $"{descriptor.Title.English}. Reported by MessageLint itself rather than by a rule."
            : string.Create(CultureInfo.InvariantCulture, $"{descriptor.Title.English}. Principle {(int)principle}: {principle.Title().English}."));
        writer.WriteStartObject("messageStrings");
        WriteMessage(writer, "default", descriptor.MessageFormat.English);
        writer.WriteEndObject();
        writer.WriteString("helpUri", descriptor.HelpUri);
        writer.WriteStartObject("defaultConfiguration");
        writer.WriteString("level", Level(descriptor.DefaultSeverity));
        writer.WriteBoolean("enabled", descriptor.IsEnabledByDefault && descriptor.DefaultSeverity != Severity.None);
        writer.WriteEndObject();
        writer.WriteStartObject("properties");
        writer.WriteNumber("principle", (int)principle);
        writer.WriteStartArray("tags");
        writer.WriteStringValue(principle.Key());
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter writer, RunResult result, List<RuleDescriptor> notifications)
    {
        writer.WriteStartArray("invocations");
        writer.WriteStartObject();
        writer.WriteBoolean("executionSuccessful", result.Problems.Count == 0);
        writer.WriteNumber("exitCode", result.ExitCode);
        writer.WriteStartArray("toolExecutionNotifications");
        foreach (var problem in result.Problems)
        {
            writer.WriteStartObject();
            writer.WriteString("level", "error");
            writer.WriteStartObject("descriptor");
            writer.WriteString("id", problem.Descriptor.Id);
            writer.WriteNumber("index", notifications.FindIndex(d => d.Id == problem.Descriptor.Id));
            writer.WriteEndObject();
            WriteMessage(writer, "message", problem.Message);
            writer.WriteStartArray("locations");
            writer.WriteStartObject();
            writer.WriteStartObject("physicalLocation");
            WriteArtifactLocation(writer, "artifactLocation", SarifLocation.FromPath(problem.Path), index: null);
            if (problem.Position is { } position)
            {
                writer.WriteStartObject("region");
                writer.WriteNumber("startLine", position.Line + 1);
                writer.WriteNumber("startColumn", position.Character + 1);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter writer, MessageReport report, Diagnostic diagnostic, int ruleIndex, SarifLocation location, int artifactIndex)
    {
        var text = report.Document.Text;
        var span = diagnostic.Span;
        var spanText = text.Substring(span.Start, span.Length);

        writer.WriteStartObject();
        writer.WriteString("ruleId", diagnostic.Id);
        writer.WriteNumber("ruleIndex", ruleIndex);
        if (diagnostic.Severity <= Severity.Hidden)
        {
            // SARIF keeps level "none" for results that are not failures.
            writer.WriteString("kind", "informational");
        }

        writer.WriteString("level", Level(diagnostic.Severity));
        WriteMessage(writer, "message", diagnostic.GetMessage());

        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        WriteArtifactLocation(writer, "artifactLocation", location, artifactIndex);
        writer.WriteStartObject("region");
        writer.WriteNumber("startLine", diagnostic.Location.Start.Line + 1);
        writer.WriteNumber("startColumn", diagnostic.Location.Start.Character + 1);
        writer.WriteNumber("endLine", diagnostic.Location.End.Line + 1);
        writer.WriteNumber("endColumn", diagnostic.Location.End.Character + 1);
        writer.WriteNumber("charOffset", span.Start);
        writer.WriteNumber("charLength", span.Length);
        WriteMessage(writer, "snippet", spanText);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();

        writer.WriteStartObject("partialFingerprints");
        writer.WriteString(FingerprintKey, Fingerprint(diagnostic.Id, spanText));
        writer.WriteEndObject();

        if (diagnostic.Suggestions.Count > 0)
        {
            writer.WriteStartArray("fixes");
            foreach (var suggestion in diagnostic.Suggestions)
            {
                WriteFix(writer, suggestion, location, artifactIndex);
            }

            writer.WriteEndArray();
        }

        WriteSuppressions(writer, diagnostic.IsSuppressed, diagnostic.SuppressionJustification);

        writer.WriteStartObject("properties");
        writer.WriteNumber("score", report.Score.Overall);
        writer.WriteNumber("confidence", diagnostic.Confidence);
        writer.WriteString("language", diagnostic.Language.ToCode());
        EvidenceJson.Write(writer, diagnostic.Evidence, nullScores: false);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>
    /// A result's "suppressions": an empty list says "not suppressed" (a missing one would mean
    /// "unknown"), an inline directive is an "inSource" suppression with its justification.
    /// </summary>
    public static void WriteSuppressions(Utf8JsonWriter writer, bool isSuppressed, string? justification)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartArray("suppressions");
        if (isSuppressed)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", "inSource");
            if (justification is not null)
            {
                writer.WriteString("justification", justification);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteFix(Utf8JsonWriter writer, Suggestion suggestion, SarifLocation location, int artifactIndex)
    {
        writer.WriteStartObject();
        WriteMessage(writer, "description", suggestion.Title);
        writer.WriteStartArray("artifactChanges");
        writer.WriteStartObject();
        WriteArtifactLocation(writer, "artifactLocation", location, artifactIndex);
        writer.WriteStartArray("replacements");
        foreach (var edit in suggestion.Edits)
        {
            writer.WriteStartObject();
            writer.WriteStartObject("deletedRegion");
            writer.WriteNumber("charOffset", edit.Span.Start);
            writer.WriteNumber("charLength", edit.Span.Length);
            writer.WriteEndObject();
            writer.WriteStartObject("insertedContent");
            writer.WriteString("text", edit.NewText);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteStartObject("properties");
        writer.WriteBoolean("automatic", suggestion.IsAutomatic);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteRunProperties(Utf8JsonWriter writer, RunResult result)
    {
        writer.WriteStartObject("properties");
        writer.WriteString("profile", result.Settings.Profile);
        writer.WriteString("failOn", result.Settings.FailOn.ToName());
        writer.WriteStartArray("drafts");
        foreach (var report in result.Reports)
        {
            writer.WriteStartObject();
            writer.WriteString("uri", SarifLocation.FromPath(report.Document.Path).Uri);
            writer.WriteString("language", report.Document.Language.ToCode());
            writer.WriteNumber("score", report.Score.Overall);
            writer.WriteStartObject("principles");
            foreach (var principle in PrincipleInfo.All)
            {
                var score = report.Score.ByPrinciple.TryGetValue(principle, out var value) ? value : 100;
                writer.WriteNumber(((int)principle).ToString(CultureInfo.InvariantCulture), score);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteArtifactLocation(Utf8JsonWriter writer, string name, SarifLocation location, int? index)
    {
        writer.WriteStartObject(name);
        writer.WriteString("uri", location.Uri);
        if (location.UriBaseId is { } baseId)
        {
            writer.WriteString("uriBaseId", baseId);
        }

        if (index is { } i)
        {
            writer.WriteNumber("index", i);
        }

        writer.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter writer, string name, string text)
    {
        writer.WriteStartObject(name);
        writer.WriteString("text", text);
        writer.WriteEndObject();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "note",
        _ => "none",
    };

    /// <summary>A rule name for SARIF viewers: the English title's words, capitalised and joined.</summary>
    private static string ToPascalCase(string title)
    {
        var builder = new StringBuilder(title.Length);
        var startOfWord = true;
        foreach (var c in title)
        {
            if (!char.IsLetterOrDigit(c))
            {
                startOfWord = true;
                continue;
            }

            builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        return builder.ToString();
    }

    /// <summary>Rule and flagged text, hashed: stable when the text moves within the draft or the draft is edited elsewhere.</summary>
    public static string Fingerprint(string ruleId, string spanText)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(ruleId + "\n" + spanText));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
