namespace MessageLint.Cli;

/// <summary>Exit codes; each means one thing.</summary>
public static class ExitCodes
{
    /// <summary>Nothing at or above the fail level.</summary>
    public const int Clean = 0;

    /// <summary>Findings at or above the fail level.</summary>
    public const int Findings = 1;

    /// <summary>A usage, configuration or input error (or an internal failure): never a finding.</summary>
    public const int UsageOrInputError = 2;

    /// <summary>The run was interrupted (Ctrl-C, SIGTERM); the reports hold what was done: 128 + SIGINT, as shells report it.</summary>
    public const int Interrupted = 130;
}
