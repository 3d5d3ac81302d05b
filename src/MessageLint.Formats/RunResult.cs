using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;

namespace MessageLint.Formats;

/// <summary>Everything one <c>check</c> run produced, in input order: what writers turn into output.</summary>
public sealed class RunResult
{
    /// <summary>Creates a run result.</summary>
    public RunResult(IReadOnlyList<MessageReport> reports, IReadOnlyList<RunProblem> problems, IReadOnlyList<RuleDescriptor> descriptors, LintSettings settings)
    {
        Reports = reports;
        Problems = problems;
        Descriptors = descriptors;
        Settings = settings;
    }

    /// <summary>One report per draft checked, in input order.</summary>
    public IReadOnlyList<MessageReport> Reports { get; }

    /// <summary>Inputs that could not be checked and configuration errors.</summary>
    public IReadOnlyList<RunProblem> Problems { get; }

    /// <summary>Every rule the engine knows, for SARIF rule metadata.</summary>
    public IReadOnlyList<RuleDescriptor> Descriptors { get; }

    /// <summary>The settings the run used.</summary>
    public LintSettings Settings { get; }

    /// <summary>The tool's version, shown in JSON and SARIF.</summary>
    public static string ToolVersion { get; } =
        typeof(RunResult).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>The exit code the run deserves: 2 for any problem, 1 for findings at or above the fail level, else 0.</summary>
    public int ExitCode => Problems.Count > 0 ? 2 : Reports.Any(r => r.Fails(Settings.FailOn)) ? 1 : 0;
}
