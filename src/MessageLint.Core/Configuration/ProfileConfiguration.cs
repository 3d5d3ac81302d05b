using MessageLint.Core.Diagnostics;

namespace MessageLint.Core.Configuration;

/// <summary>A named profile in <c>messagelint.json</c>: severities that apply when the profile is active.</summary>
public sealed class ProfileConfiguration
{
    /// <summary>The built-in or configured profile this one starts from.</summary>
    public string? Extends { get; set; }

    /// <summary>Severity per rule ID.</summary>
    public Dictionary<string, Severity> Rules { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Severity per principle.</summary>
    public Dictionary<Principle, Severity> Principles { get; } = [];
}
