using MessageLint.Core.Diagnostics;
using MessageLint.Core.Text;

namespace MessageLint.Core.Configuration;

/// <summary>The settings a user can write in <c>messagelint.json</c>; every field is optional.</summary>
public sealed class LintConfiguration
{
    /// <summary>No file: the built-in defaults.</summary>
    public static LintConfiguration Empty => new();

    /// <summary>The file the settings came from, or null.</summary>
    public string? SourcePath { get; set; }

    /// <summary>The active profile.</summary>
    public string? Profile { get; set; }

    /// <summary>The drafts' language, or null to identify it per sentence.</summary>
    public MessageLanguage? Language { get; set; }

    /// <summary>The language of messages and suggestions, or null to follow each sentence.</summary>
    public MessageLanguage? MessageLanguage { get; set; }

    /// <summary>The lowest severity that makes a run fail.</summary>
    public Severity? FailOn { get; set; }

    /// <summary>Severity per rule ID.</summary>
    public Dictionary<string, Severity> Rules { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Severity per principle.</summary>
    public Dictionary<Principle, Severity> Principles { get; } = [];

    /// <summary>Profiles defined or adjusted by the user.</summary>
    public Dictionary<string, ProfileConfiguration> Profiles { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>User-defined phrase rules (MLU001–MLU999) by ID, in the order the file lists them.</summary>
    public Dictionary<string, CustomRuleDefinition> CustomRules { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Extra rule assemblies, as paths relative to the configuration file.</summary>
    public List<string> RuleAssemblies { get; } = [];
}
