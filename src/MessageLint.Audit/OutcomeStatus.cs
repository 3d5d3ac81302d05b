namespace MessageLint.Audit;

/// <summary>What the audit did with a record; the three add up to everything read.</summary>
public enum OutcomeStatus
{
    /// <summary>The message was checked.</summary>
    Checked,

    /// <summary>The record was deliberately not checked; the reason says why.</summary>
    Skipped,

    /// <summary>The record could not be read or checked; the reason and location say why and where.</summary>
    Failed,
}
