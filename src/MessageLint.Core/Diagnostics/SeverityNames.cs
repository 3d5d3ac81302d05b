namespace MessageLint.Core.Diagnostics;

/// <summary>Severity names as written in configuration, options and reports.</summary>
public static class SeverityNames
{
    /// <summary>The names accepted in configuration and on the command line.</summary>
    public static IReadOnlyList<string> All { get; } = ["error", "warning", "info", "hidden", "none"];

    /// <summary>The lower-case name of a severity.</summary>
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        Severity.Hidden => "hidden",
        _ => "none",
    };

    /// <summary>Parses a severity name ("warn" and "off" are accepted too); null when unknown.</summary>
    public static Severity? Parse(string? name) => name?.Trim().ToUpperInvariant() switch
    {
        "ERROR" => Severity.Error,
        "WARNING" or "WARN" => Severity.Warning,
        "INFO" or "SUGGESTION" => Severity.Info,
        "HIDDEN" => Severity.Hidden,
        "NONE" or "OFF" => Severity.None,
        _ => null,
    };
}
