using MessageLint.Core.Diagnostics;
using MessageLint.Core.Text;
using MessageLint.Formats.Archive;

namespace MessageLint.Cli.Commands;

/// <summary>The parsed options of `audit`.</summary>
public sealed record AuditOptionsInput
{
    /// <summary>The archive: a Telegram result.json, a JSONL or CSV file, "-", or files, folders and globs.</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];

    /// <summary>auto, telegram, jsonl, csv or files.</summary>
    public string InputFormat { get; init; } = "auto";

    /// <summary>Globs left out of folders.</summary>
    public IReadOnlyList<string> Excludes { get; init; } = [];

    /// <summary>JSONL/CSV text field.</summary>
    public string TextColumn { get; init; } = "text";

    /// <summary>JSONL/CSV ID field.</summary>
    public string IdColumn { get; init; } = "id";

    /// <summary>JSONL/CSV date field.</summary>
    public string DateColumn { get; init; } = "date";

    /// <summary>JSONL/CSV author field.</summary>
    public string AuthorColumn { get; init; } = "author";

    /// <summary>The optional fields named on the command line rather than left at their defaults; the input must have them.</summary>
    public ColumnFields ChosenColumns { get; init; }

    /// <summary>True when --text-column was given: like the other column options, it only maps JSON Lines and CSV.</summary>
    public bool TextColumnChosen { get; init; }

    /// <summary>My names.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>My IDs.</summary>
    public IReadOnlyList<string> FromIds { get; init; } = [];

    /// <summary>Telegram chats to audit.</summary>
    public IReadOnlyList<string> Chats { get; init; } = [];

    /// <summary>The public channel's username, for links.</summary>
    public string? Channel { get; init; }

    /// <summary>The profile.</summary>
    public string? Profile { get; init; }

    /// <summary>The fail level.</summary>
    public Severity? FailOn { get; init; }

    /// <summary>A forced language.</summary>
    public MessageLanguage? Language { get; init; }

    /// <summary>A configuration file.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>Extra rule assemblies.</summary>
    public IReadOnlyList<string> RuleAssemblies { get; init; } = [];

    /// <summary>Heuristics only.</summary>
    public bool NoMl { get; init; }

    /// <summary>Print how long each rule and the model took (<c>--timings</c>).</summary>
    public bool Timings { get; init; }

    /// <summary>Report paths.</summary>
    public string? Json { get; init; }

    /// <summary>JSONL report path.</summary>
    public string? Jsonl { get; init; }

    /// <summary>SARIF report path.</summary>
    public string? Sarif { get; init; }

    /// <summary>CSV report path.</summary>
    public string? Csv { get; init; }

    /// <summary>HTML report path.</summary>
    public string? Html { get; init; }

    /// <summary>A folder to write every report into.</summary>
    public string? ReportDir { get; init; }

    /// <summary>A previous SARIF log.</summary>
    public string? Baseline { get; init; }

    /// <summary>"i/n".</summary>
    public string? Shard { get; init; }

    /// <summary>How many worst messages to show.</summary>
    public int Top { get; init; } = 20;

    /// <summary>"09:00-19:00".</summary>
    public string? WorkingHours { get; init; }

    /// <summary>"mon-fri".</summary>
    public string? WorkingDays { get; init; }

    /// <summary>Parallel batches; 0 for all cores.</summary>
    public int Jobs { get; init; }

    /// <summary>Messages per engine call.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>Largest draft file, bytes.</summary>
    public long MaxSize { get; init; }

    /// <summary>auto, always or never.</summary>
    public string Progress { get; init; } = "auto";
}
