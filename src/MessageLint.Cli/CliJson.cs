using System.Text.Encodings.Web;
using System.Text.Json;

namespace MessageLint.Cli;

/// <summary>JSON settings for the CLI's own small outputs: indented, Cyrillic kept readable.</summary>
internal static class CliJson
{
    public static JsonSerializerOptions Indented { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
