namespace MessageLint.Core.Configuration;

/// <summary>A loaded configuration, or the errors that stopped it from loading.</summary>
public sealed class ConfigurationLoadResult
{
    internal ConfigurationLoadResult(LintConfiguration? configuration, IReadOnlyList<ConfigurationError> errors)
    {
        Configuration = configuration;
        Errors = errors;
    }

    /// <summary>The configuration, or null when there were errors.</summary>
    public LintConfiguration? Configuration { get; }

    /// <summary>All errors found; a configuration with any error is not used.</summary>
    public IReadOnlyList<ConfigurationError> Errors { get; }

    /// <summary>True when the configuration loaded without errors.</summary>
    public bool Succeeded => Errors.Count == 0 && Configuration is not null;
}
