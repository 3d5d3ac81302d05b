using System.Text.Json;
using MessageLint.Audit.Baseline;
using MessageLint.Audit.Metrics;
using MessageLint.Audit.Reports;
using MessageLint.Core.Diagnostics;
using MessageLint.Formats.Archive;

namespace MessageLint.Audit.Merge;

/// <summary>
/// Reads a JSON report back as a stream: the header first, then the outcomes one at a time, then
/// the baseline results no longer found and whether the run was interrupted.
/// </summary>
public sealed class ShardResultReader : IDisposable
{
    private readonly JsonStreamReader _json;
    private bool _inMessages;
    private bool _messagesDone;

    private ShardResultReader(string path, string displayPath)
    {
        DisplayPath = displayPath;
        _json = new JsonStreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan));
    }

    /// <summary>The file as the user named it.</summary>
    public string DisplayPath { get; }

    /// <summary>The format version.</summary>
    public string? Version { get; private set; }

    /// <summary>The run header.</summary>
    public JsonElement? Run { get; private set; }

    /// <summary>The shard, or null for a whole run.</summary>
    public ShardSpec? Shard { get; private set; }

    /// <summary>Baseline results no longer found.</summary>
    public List<BaselineEntry> Absent { get; } = [];

    /// <summary>True when the run was interrupted.</summary>
    public bool Interrupted { get; private set; }

    /// <summary>Opens a report and reads its header, up to the outcomes.</summary>
    public static ShardResultReader Open(string path, string displayPath)
    {
        var reader = new ShardResultReader(path, displayPath);
        try
        {
            reader.ReadHeader();
            return reader;
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>The run header as run information, with the engine's descriptors.</summary>
    public AuditRunInfo ToRunInfo(IReadOnlyList<RuleDescriptor> descriptors, int? top)
    {
        var run = Run ?? throw new JsonException($"{DisplayPath} has no \"run\" header");
        var hours = run.GetProperty("workingHours").GetString() is { } text && text.Split(' ') is [var h, var d]
            ? WorkingHours.Parse(h, d.ToLowerInvariant()) ?? WorkingHours.Default
            : WorkingHours.Default;
        return new AuditRunInfo
        {
            Source = run.GetProperty("source").GetString()!,
            InputFormat = run.GetProperty("inputFormat").GetString()!,
            Profile = run.GetProperty("profile").GetString()!,
            FailOn = SeverityNames.Parse(run.GetProperty("failOn").GetString()) ?? Severity.Warning,
            OwnNames = [.. run.GetProperty("authors").EnumerateArray().Select(a => a.GetString()!)],
            OwnIds = [.. run.GetProperty("fromIds").EnumerateArray().Select(a => a.GetString()!)],
            BaselinePath = run.GetProperty("baseline").GetString(),
            Hours = hours,
            Top = top ?? run.GetProperty("top").GetInt32(),
            Descriptors = descriptors,
        };
    }

    /// <summary>The outcomes, in the order written; then the rest of the file is read.</summary>
    public IEnumerable<MessageOutcome> ReadOutcomes()
    {
        if (!_inMessages)
        {
            yield break;
        }

        while (_json.TryReadValue(out var element))
        {
            using var document = JsonDocument.Parse(element);
            yield return OutcomeJson.Read(document.RootElement);
        }

        _inMessages = false;
        _messagesDone = true;
        ReadTrailer();
    }

    /// <inheritdoc />
    public void Dispose() => _json.Dispose();

    private void ReadHeader()
    {
        if (!_json.Read() || _json.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"{DisplayPath} is not a MessageLint audit JSON report");
        }

        while (_json.Read() && _json.TokenType == JsonTokenType.PropertyName)
        {
            var name = _json.Value;
            if (name == "messages")
            {
                _json.Read();
                if (_json.TokenType != JsonTokenType.StartArray)
                {
                    throw new JsonException($"{DisplayPath}: \"messages\" is not an array");
                }

                _inMessages = true;
                break;
            }

            if (!_json.TryReadValue(out var value))
            {
                break;
            }

            using var document = JsonDocument.Parse(value);
            var element = document.RootElement;
            switch (name)
            {
                case "version":
                    Version = element.GetString();
                    break;
                case "run":
                    Run = element.Clone();
                    break;
                case "shard" when element.ValueKind == JsonValueKind.Object:
                    Shard = new ShardSpec(element.GetProperty("index").GetInt32(), element.GetProperty("count").GetInt32());
                    break;
            }
        }

        if (Version != AuditJsonWriter.FormatVersion)
        {
            throw new JsonException($"{DisplayPath} is not a MessageLint audit JSON report (version \"{Version}\", expected \"{AuditJsonWriter.FormatVersion}\")");
        }

        if (!_inMessages)
        {
            throw new JsonException($"{DisplayPath} has no \"messages\"");
        }
    }

    private void ReadTrailer()
    {
        if (!_messagesDone)
        {
            return;
        }

        while (_json.Read() && _json.TokenType == JsonTokenType.PropertyName)
        {
            var name = _json.Value;
            if (name == "absent")
            {
                _json.Read();
                while (_json.TryReadValue(out var entry))
                {
                    using var document = JsonDocument.Parse(entry);
                    Absent.Add(OutcomeJson.ReadAbsent(document.RootElement));
                }

                continue;
            }

            if (!_json.TryReadValue(out var value))
            {
                break;
            }

            if (name == "interrupted")
            {
                using var document = JsonDocument.Parse(value);
                Interrupted = document.RootElement.ValueKind == JsonValueKind.True;
            }
        }
    }
}
