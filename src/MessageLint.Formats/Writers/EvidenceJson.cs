using System.Text.Json;
using MessageLint.Core.Diagnostics;

namespace MessageLint.Formats.Writers;

/// <summary>
/// The "evidence" array of a finding — which phrase, pattern, shape or model score made the rule fire —
/// written and read the same way by every report that carries it (check's JSON and SARIF, the audit's
/// JSON, JSONL and SARIF), so a reader of one knows them all.
/// </summary>
public static class EvidenceJson
{
    /// <summary>Writes <c>"evidence": [{"kind", "detail", "score"}]</c>; <paramref name="nullScores"/> writes a missing score as null rather than leaving it out.</summary>
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<Evidence> evidence, bool nullScores)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(evidence);
        writer.WriteStartArray("evidence");
        foreach (var item in evidence)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", item.Kind);
            writer.WriteString("detail", item.Detail);
            if (item.Score is { } score)
            {
                writer.WriteNumber("score", score);
            }
            else if (nullScores)
            {
                writer.WriteNull("score");
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Reads the array <see cref="Write"/> wrote under <paramref name="parent"/>; none when it is absent.</summary>
    public static IReadOnlyList<Evidence> Read(JsonElement parent)
    {
        if (!parent.TryGetProperty("evidence", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return
        [
            .. array.EnumerateArray().Select(e => new Evidence(
                e.GetProperty("kind").GetString() ?? "",
                e.GetProperty("detail").GetString() ?? "",
                e.TryGetProperty("score", out var score) && score.ValueKind == JsonValueKind.Number ? score.GetDouble() : null)),
        ];
    }
}
