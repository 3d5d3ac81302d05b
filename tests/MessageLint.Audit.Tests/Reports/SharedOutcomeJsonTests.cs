using System.Text;
using System.Text.Json;
using MessageLint.Audit.Reports;
using MessageLint.Audit.Tests.Support;
using MessageLint.Formats.Archive;

namespace MessageLint.Audit.Tests.Reports;

/// <summary>
/// The JSON report and the JSON Lines may share one serialisation of each outcome: they must then hold
/// exactly what each writes alone, and each JSON Lines line must be the JSON report's message.
/// </summary>
public sealed class SharedOutcomeJsonTests
{
    [Fact]
    public void Reports_that_share_each_outcomes_json_write_what_they_write_alone()
    {
        using var folder = new TempFolder();
        var archive = new StringBuilder();
        for (var i = 1; i <= 40; i++)
        {
            var text = (i % 4) switch
            {
                0 => $"Как я уже писал, пост {i} нужно СОГЛАСОВАТЬ СЕГОДНЯ!!!",
                1 => $"Post {i}: the mockups are ready, have a look when you can.",
                2 => $"Сообщение {i}: скоро пришлю, какой размер фото вы хотите?",
                _ => $"As I already said, post {i} is late because of you!!!",
            };
            archive.Append("{\"id\": ").Append(i).Append(", \"text\": \"").Append(text).Append("\"}\n");
        }

        folder.Write("posts.jsonl", archive.ToString());
        var shared = new SharedOutcomeJson();
        Run(folder, [new AuditJsonWriter(folder.File("shared.json"), shared), new AuditJsonlWriter(folder.File("shared.jsonl"), shared)]);
        Run(folder, [new AuditJsonWriter(folder.File("alone.json"))]);
        Run(folder, [new AuditJsonlWriter(folder.File("alone.jsonl"))]);

        Assert.Equal(folder.Read("alone.json"), folder.Read("shared.json"));
        Assert.Equal(folder.Read("alone.jsonl"), folder.Read("shared.jsonl"));
        var lines = folder.Read("shared.jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var report = JsonDocument.Parse(folder.Read("shared.json"));
        var messages = report.RootElement.GetProperty("messages").EnumerateArray().Select(m => m.GetRawText()).ToList();
        Assert.Equal(40, lines.Length);
        Assert.Equal(messages, lines);
        Assert.Contains(lines, line => line.Contains("\"ruleId\":\"ML7001\"", StringComparison.Ordinal));
    }

    private static void Run(TempFolder folder, IReadOnlyList<IAuditReportWriter> writers)
    {
        using var reader = new JsonlArchiveReader(File.OpenRead(folder.File("posts.jsonl")), "posts.jsonl");
        AuditHarness.Run(reader, writers: writers);
    }
}
