using MessageLint.Core.Configuration;
using MessageLint.Core.Text;

namespace MessageLint.Fuzzing.Harnesses;

/// <summary>Parses a <c>messagelint.json</c>: any input gives a configuration or errors, and every error points inside the file.</summary>
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
