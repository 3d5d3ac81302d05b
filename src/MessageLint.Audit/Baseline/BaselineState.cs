namespace MessageLint.Audit.Baseline;

/// <summary>How a finding relates to the baseline, as SARIF's <c>baselineState</c> says it.</summary>
public enum BaselineState
{
    /// <summary>No baseline was given.</summary>
    None,

    /// <summary>Not in the baseline: a new finding.</summary>
    New,

    /// <summary>In the baseline already.</summary>
    Unchanged,
}
