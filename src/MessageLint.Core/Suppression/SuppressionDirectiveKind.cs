namespace MessageLint.Core.Suppression;

/// <summary>What an inline suppression directive does.</summary>
public enum SuppressionDirectiveKind
{
    /// <summary>Silences the named rules (or all) from here until a matching enable or the end of the draft.</summary>
    Disable,

    /// <summary>Ends an earlier disable of the named rules (or all).</summary>
    Enable,

    /// <summary>Silences the named rules on the next line that has prose.</summary>
    DisableNextLine,

    /// <summary>Silences the named rules on the directive's own line.</summary>
    DisableLine,
}
