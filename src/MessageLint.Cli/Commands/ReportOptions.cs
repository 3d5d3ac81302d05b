using System.CommandLine;

namespace MessageLint.Cli.Commands;

/// <summary>The report options `audit` and `merge` share, so both write the same reports the same way.</summary>
internal sealed class ReportOptions
{
    public Option<string?> Json { get; } = new("--json") { HelpName = "file", Description = "Write the JSON report (every message, the summary; what `merge` reads)." };

    public Option<string?> Jsonl { get; } = new("--jsonl") { HelpName = "file", Description = "Write one JSON object per message (JSON Lines)." };

    public Option<string?> Sarif { get; } = new("--sarif") { HelpName = "file", Description = "Write SARIF 2.1.0 for code scanning (one result per finding)." };

    public Option<string?> Csv { get; } = new("--csv") { HelpName = "file", Description = "Write the CSV summary, one row per message." };

    public Option<string?> Html { get; } = new("--html") { HelpName = "file", Description = "Write the self-contained HTML report." };

    public Option<string?> ReportDir { get; } = new("--report-dir", "-o") { HelpName = "folder", Description = "Write all reports into this folder (audit.json, .jsonl, .sarif, .csv, .html)." };

    public Option<int> Top { get; } = new("--top") { HelpName = "n", Description = "How many of the worst messages the HTML report shows (default 20).", DefaultValueFactory = _ => 20 };

    public Option<string[]> RuleAssemblies { get; } = new("--rules-assembly") { HelpName = "file", Description = "Load extra rules from this .NET assembly (repeatable)." };

    public void AddTo(Command command)
    {
        command.Add(Json);
        command.Add(Jsonl);
        command.Add(Sarif);
        command.Add(Csv);
        command.Add(Html);
        command.Add(ReportDir);
        command.Add(Top);
        command.Add(RuleAssemblies);
    }
}
