using MessageLint.Core.Configuration;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;

namespace MessageLint.Fuzzing.Harnesses;

/// <summary>Parses a <c>messagelint.json</c>: any input gives a configuration or errors, every error points inside the file, and a loaded configuration resolves severities under each of its profiles.</summary>
public sealed class ConfigurationHarness : IFuzzHarness
{
    private static readonly HashSet<string> KnownRuleIds = new(["ML7001", "ML3001", "ML0100"], StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public string Name => "config";

    /// <inheritdoc />
    public void Run(ReadOnlySpan<byte> data)
    {
        var json = FuzzText.Decode(data);
        var result = ConfigurationLoader.Parse(json, "/fuzz/messagelint.json", KnownRuleIds);
        if (result.Succeeded == result.Errors.Count > 0)
        {
            throw new InvalidOperationException("Invariant broken: a configuration both loaded and failed.");
        }

        if (result.Configuration is { } configuration)
        {
            // Severity resolution follows profile chains the file defines, cycles included.
            foreach (var profile in configuration.Profiles.Keys.Append(null))
            {
                var settings = new LintSettings(configuration, profile);
                foreach (var descriptor in EngineDiagnostics.All)
                {
                    _ = settings.GetSeverity(descriptor);
                }
            }
        }

        var lines = LineMap.Create(json);
        foreach (var error in result.Errors)
        {
            if (error.Position is { } position && (position.Line >= lines.LineCount || position.Character > lines.GetLineSpan(position.Line, includeBreak: true).Length))
            {
                throw new InvalidOperationException($"Invariant broken: error '{error.Message}' points at {position}, outside the file.");
            }
        }
    }
}
