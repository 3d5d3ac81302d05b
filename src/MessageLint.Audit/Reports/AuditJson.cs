using System.Text.Encodings.Web;
using System.Text.Json;

namespace MessageLint.Audit.Reports;

/// <summary>The JSON settings of the audit's machine-readable reports: compact, LF, Cyrillic left readable.</summary>
internal static class AuditJson
{
    public static JsonWriterOptions Compact { get; } = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonWriterOptions Indented { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
