namespace MessageLint.Cli.Commands;

/// <summary>A report file that cannot be created, with the path and the reason in one sentence the user can act on.</summary>
internal sealed class ReportTargetException : IOException
{
    public ReportTargetException(string path, string reason, Exception? inner = null)
        : base($"cannot create the report {path}: {reason}", inner)
    {
    }
}
