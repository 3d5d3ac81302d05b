using MessageLint.Core.Diagnostics;
using MessageLint.Core.Text;

namespace MessageLint.Cli.Commands;

/// <summary>The parsed options of `check`.</summary>
public sealed record CheckOptions
{
    /// <summary>Files, folders, globs or "-".</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];

    /// <summary>Drafts given as text with --text.</summary>
    public IReadOnlyList<string> Texts { get; init; } = [];

    /// <summary>The report format.</summary>
    public string Format { get; init; } = OutputFormat.Text;

    /// <summary>The profile, or null for the configuration's or the default.</summary>
    public string? Profile { get; init; }

    /// <summary>The fail level, or null for the configuration's or warning.</summary>
    public Severity? FailOn { get; init; }

    /// <summary>A forced draft language, or null to identify it.</summary>
    public MessageLanguage? Language { get; init; }

    /// <summary>A configuration file that replaces discovery.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>Where to write the report instead of stdout.</summary>
    public string? OutputPath { get; init; }

    /// <summary>"auto", "always" or "never".</summary>
    public string Color { get; init; } = "auto";

    /// <summary>Apply automatic fixes.</summary>
    public bool Fix { get; init; }

    /// <summary>"auto", "text" or "markdown".</summary>
    public string InputType { get; init; } = "auto";

    /// <summary>The largest draft read, in bytes.</summary>
    public long MaxBytes { get; init; }

    /// <summary>Run on heuristics only, without the sentence model (--no-ml).</summary>
    public bool NoMl { get; init; }

    /// <summary>Extra rule assemblies.</summary>
    public IReadOnlyList<string> RuleAssemblies { get; init; } = [];

    /// <summary>Print how long each rule and the model took (<c>--timings</c>).</summary>
    public bool Timings { get; init; }
}
