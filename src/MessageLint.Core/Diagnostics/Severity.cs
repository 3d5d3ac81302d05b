namespace MessageLint.Core.Diagnostics;

/// <summary>How serious a diagnostic is; ordered so that comparisons mean "at least as serious".</summary>
public enum Severity
{
    /// <summary>The rule is off.</summary>
    None = 0,

    /// <summary>Computed and available to editors and reports, but not shown by default.</summary>
    Hidden = 1,

    /// <summary>Worth knowing.</summary>
    Info = 2,

    /// <summary>Should be fixed before sending.</summary>
    Warning = 3,

    /// <summary>Must be fixed before sending.</summary>
    Error = 4,
}
