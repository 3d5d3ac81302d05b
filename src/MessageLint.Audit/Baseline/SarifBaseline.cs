using System.Text.Json;
using MessageLint.Formats.Archive;
using MessageLint.Formats.Writers;

namespace MessageLint.Audit.Baseline;

/// <summary>
/// A previous SARIF log to compare a run against. A finding matches a baseline result with the same
/// rule, the same message (logical location) and the same <c>ruleAndText/v1</c> fingerprint; each
/// baseline result matches at most one finding, in input order. Results the previous log itself
/// marked absent are not part of the baseline. The log is read as a stream.
/// </summary>
public sealed class SarifBaseline
{
    private readonly Dictionary<string, Queue<BaselineEntry>> _entries = new(StringComparer.Ordinal);

    private SarifBaseline(string path) => Path = path;

    /// <summary>The baseline file as given.</summary>
    public string Path { get; }

    /// <summary>Results in the baseline.</summary>
    public long Count { get; private set; }

    /// <summary>Reads a SARIF log; throws <see cref="JsonException"/> or <see cref="IOException"/> when it cannot.</summary>
    public static SarifBaseline Load(string path, string displayPath)
    {
        var baseline = new SarifBaseline(displayPath);
        using var json = new JsonStreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan));
        if (!json.Read() || json.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("not a SARIF log: it does not start with an object");
        }

        var sawRuns = false;
        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            var name = json.Value;
            json.Read();
            if (name != "runs" || json.TokenType != JsonTokenType.StartArray)
            {
                json.SkipValue();
                continue;
            }

            sawRuns = true;
            while (json.Read() && json.TokenType == JsonTokenType.StartObject)
            {
                while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
                {
                    var field = json.Value;
                    json.Read();
                    if (field != "results" || json.TokenType != JsonTokenType.StartArray)
                    {
                        json.SkipValue();
                        continue;
                    }

                    while (json.TryReadValue(out var result))
                    {
                        baseline.AddResult(result);
                    }
                }
            }
        }

        if (!sawRuns)
        {
            throw new JsonException("not a SARIF log: it has no \"runs\"");
        }

        return baseline;
    }

    /// <summary>Marks each finding of an outcome new or unchanged; call in input order.</summary>
    public MessageOutcome Apply(MessageOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Findings.Count == 0)
        {
            return outcome;
        }

        var findings = new AuditFinding[outcome.Findings.Count];
        for (var i = 0; i < findings.Length; i++)
        {
            var finding = outcome.Findings[i];
            var matched = _entries.TryGetValue(Key(finding.RuleId, outcome.Key, finding.Fingerprint), out var queue) && queue.TryDequeue(out _);
            findings[i] = finding with { BaselineState = matched ? BaselineState.Unchanged : BaselineState.New };
        }

        return outcome with { Findings = findings };
    }

    /// <summary>Baseline results no finding matched, in baseline order; with a shard, only that shard's.</summary>
    public IReadOnlyList<BaselineEntry> Absent(ShardSpec? shard)
        => [.. _entries.Values.SelectMany(q => q).Where(e => shard is null || shard.Contains(e.Location)).OrderBy(e => e.Index)];

    private void AddResult(ReadOnlyMemory<byte> json)
    {
        using var document = JsonDocument.Parse(json);
        var result = document.RootElement;
        if (result.ValueKind != JsonValueKind.Object || String(result, "baselineState") == "absent")
        {
            return;
        }

        var ruleId = String(result, "ruleId");
        if (ruleId is null)
        {
            return;
        }

        string? fingerprint = null;
        if (result.TryGetProperty("partialFingerprints", out var fingerprints) && fingerprints.ValueKind == JsonValueKind.Object)
        {
            fingerprint = String(fingerprints, SarifReportWriter.FingerprintKey);
        }

        string? logical = null;
        string? uri = null;
        int? line = null;
        if (result.TryGetProperty("locations", out var locations) && locations.ValueKind == JsonValueKind.Array && locations.GetArrayLength() > 0)
        {
            var location = locations[0];
            if (location.TryGetProperty("logicalLocations", out var logicals) && logicals.ValueKind == JsonValueKind.Array && logicals.GetArrayLength() > 0)
            {
                logical = String(logicals[0], "fullyQualifiedName") ?? String(logicals[0], "name");
            }

            if (location.TryGetProperty("physicalLocation", out var physical) && physical.ValueKind == JsonValueKind.Object)
            {
                if (physical.TryGetProperty("artifactLocation", out var artifact) && artifact.ValueKind == JsonValueKind.Object)
                {
                    uri = String(artifact, "uri");
                }

                if (physical.TryGetProperty("region", out var region) && region.ValueKind == JsonValueKind.Object
                    && region.TryGetProperty("startLine", out var startLine) && startLine.TryGetInt32(out var l))
                {
                    line = l;
                }
            }
        }

        var key = logical ?? uri ?? string.Empty;
        var message = result.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.Object ? String(m, "text") ?? string.Empty : string.Empty;
        var entry = new BaselineEntry(Count, ruleId, key, fingerprint ?? string.Empty, message, String(result, "level") ?? "warning", uri, line);
        var mapKey = Key(ruleId, key, entry.Fingerprint);
        if (!_entries.TryGetValue(mapKey, out var queue))
        {
            queue = new Queue<BaselineEntry>();
            _entries.Add(mapKey, queue);
        }

        queue.Enqueue(entry);
        Count++;
    }

    private static string Key(string ruleId, string location, string fingerprint) => $"{ruleId}\n{location}\n{fingerprint}";

    private static string? String(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
