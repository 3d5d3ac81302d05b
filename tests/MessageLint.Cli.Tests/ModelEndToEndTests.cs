using System.Text.Json;
using MessageLint.Cli.Tests.Support;

namespace MessageLint.Cli.Tests;

/// <summary>`check` with and without the sentence model, as a user runs it.</summary>
public sealed class ModelEndToEndTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Check_shows_model_evidence_by_default_and_none_with_no_ml()
    {
        const string Draft = "Как я уже говорил, пришлите тексты.";

        var withModel = CliProcess.Run(_folder.Path, null, "check", "--text", Draft, "--format", "json");
        var withoutModel = CliProcess.Run(_folder.Path, null, "check", "--text", Draft, "--format", "json", "--no-ml");

        Assert.Equal(1, withModel.ExitCode);
        Assert.Equal(1, withoutModel.ExitCode);
        Assert.Contains(EvidenceKinds(withModel.StandardOutput), k => k == "model");
        Assert.Contains(EvidenceKinds(withModel.StandardOutput), k => k == "phrase");
        Assert.DoesNotContain(EvidenceKinds(withoutModel.StandardOutput), k => k == "model");
    }

    private static List<string> EvidenceKinds(string json)
    {
        using var document = JsonDocument.Parse(json);
        var kinds = new List<string>();
        Collect(document.RootElement, kinds);
        return kinds;
    }

    private static void Collect(JsonElement element, List<string> kinds)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "evidence")
                {
                    kinds.AddRange(property.Value.EnumerateArray().Select(e => e.GetProperty("kind").GetString()!));
                }
                else
                {
                    Collect(property.Value, kinds);
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, kinds);
            }
        }
    }
}
