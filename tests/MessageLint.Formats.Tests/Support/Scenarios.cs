using MessageLint.Core.Diagnostics;
using MessageLint.Core.Text;

namespace MessageLint.Formats.Tests.Support;

/// <summary>Named runs for theories that check every output against a schema.</summary>
public static class Scenarios
{
    public static TheoryData<string> Names => ["full", "empty", "clean", "problems only", "hidden", "russian messages", "absolute paths"];

    public static RunResult Get(string name) => name switch
    {
        "full" => Full(),
        "empty" => TestRun.Create().Build(),
        "clean" => TestRun.Create().Draft("drafts/clean.txt", Drafts.Clean).Build(),
        "problems only" => TestRun.Create()
            .Problem(EngineDiagnostics.UnreadableInput, "missing.txt", "The file does not exist.")
            .Problem(EngineDiagnostics.InvalidConfigurationSetting, "messagelint.json", "Unknown profile 'chatty'.", new LinePosition(2, 14))
            .Build(),
        "hidden" => TestRun.Create().WithSeverity("ML5902", Severity.Hidden).WithSeverity("ML7901", Severity.Error).Draft("drafts/en.txt", Drafts.English).Build(),
        "russian messages" => TestRun.Create().MessagesIn(MessageLanguage.Russian).Draft("drafts/en.txt", Drafts.English).Build(),
        "absolute paths" => TestRun.Create().Draft("/home/anna/черновики/to client.txt", Drafts.English).Draft(@"C:\Drafts\ru.txt", Drafts.Russian).Build(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown scenario."),
    };

    /// <summary>Everything at once: the run the JSON and SARIF approval files are made from.</summary>
    public static RunResult Full() => TestRun.Create()
        .Draft("drafts/en.txt", Drafts.English)
        .Draft("drafts/ru.txt", Drafts.Russian)
        .Draft("drafts/emoji 🙂.txt", Drafts.Emoji)
        .Draft("drafts/crlf.txt", Drafts.Crlf)
        .Draft("drafts/suppressed.txt", Drafts.Suppressed)
        .Draft("drafts/notes.md", Drafts.Markdown, DocumentFormat.Markdown)
        .Draft(null, Drafts.Clean)
        .Problem(EngineDiagnostics.UnreadableInput, "drafts/missing.txt", "The file does not exist.")
        .Problem(EngineDiagnostics.InvalidConfigurationSetting, "messagelint.json", "Unknown profile 'chatty'.", new LinePosition(2, 14))
        .Build();
}
