using System.Text.Json;
using MessageLint.LanguageServer.Tests.Support;

namespace MessageLint.LanguageServer.Tests;

/// <summary>
/// The rules a <c>messagelint.json</c> brings — custom phrase rules and rule assemblies — apply in the
/// editor as they do in <c>messagelint check</c>; rule assemblies only while the editor trusts the workspace.
/// </summary>
public sealed class ConfiguredRulesTests
{
    private const string Banana = "Пришлю банан завтра, a banana for the team.\n";

    private static readonly string SamplePack = Path.Combine(AppContext.BaseDirectory, "MessageLint.SampleRulePack.dll");

    [Fact]
    public async Task A_custom_rule_from_the_configuration_reports_in_the_editor_with_its_configured_severity()
    {
        using var folder = new TempFolder();
        folder.Write("messagelint.json", """
            {
              "rules": { "MLU001": "error" },
              "customRules": [ { "id": "MLU001", "pattern": "\\bбесплатно\\b", "message": "Назовите объём и цену", "principle": "state-rules" } ]
            }
            """);
        await using var server = await InProcessServer.StartInitializedAsync();

        await server.Client.OpenAsync(folder.UriOf("a.md"), "Сделаем бесплатно.\n");
        await server.Client.OpenAsync("file:///elsewhere/b.md", "Сделаем бесплатно.\n");
        var governed = await server.Client.WaitForDiagnosticsAsync(folder.UriOf("a.md"));
        var outside = await server.Client.WaitForDiagnosticsAsync("file:///elsewhere/b.md");

        var diagnostic = Assert.Single(governed["diagnostics"]!.AsArray())!;
        Assert.Equal("MLU001", diagnostic["code"]!.GetValue<string>());
        Assert.Equal(1, diagnostic["severity"]!.GetValue<int>());
        Assert.Contains("Назовите объём и цену", diagnostic["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(outside["diagnostics"]!.AsArray(), d => d!["code"]!.GetValue<string>() == "MLU001");
    }

    [Fact]
    public async Task A_rule_assembly_named_in_the_configuration_is_loaded_and_its_rule_ids_are_accepted()
    {
        using var folder = new TempFolder();
        folder.Write("messagelint.json", JsonSerializer.Serialize(new { ruleAssemblies = new[] { SamplePack }, rules = new Dictionary<string, string> { ["ML9001"] = "error" } }));
        await using var server = await InProcessServer.StartInitializedAsync();

        await server.Client.OpenAsync(folder.UriOf("a.md"), Banana);
        var published = await server.Client.WaitForDiagnosticsAsync(folder.UriOf("a.md"));

        var diagnostic = Assert.Single(published["diagnostics"]!.AsArray())!;
        Assert.Equal("ML9001", diagnostic["code"]!.GetValue<string>());
        Assert.Equal(1, diagnostic["severity"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_untrusted_workspace_gets_one_ML0005_instead_of_running_its_rule_assemblies_until_trusted()
    {
        using var folder = new TempFolder();
        folder.Write("messagelint.json", JsonSerializer.Serialize(new { ruleAssemblies = new[] { SamplePack } }));
        await using var server = await InProcessServer.StartInitializedAsync(new { loadRuleAssemblies = false });

        await server.Client.OpenAsync(folder.UriOf("a.md"), Banana);
        var untrusted = await server.Client.WaitForDiagnosticsAsync(folder.UriOf("a.md"));
        await server.Client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { messagelint = new { loadRuleAssemblies = true } } });
        var trusted = await server.Client.WaitForDiagnosticsAsync(folder.UriOf("a.md"));

        var refusal = Assert.Single(untrusted["diagnostics"]!.AsArray())!;
        Assert.Equal("ML0005", refusal["code"]!.GetValue<string>());
        Assert.Contains("loadRuleAssemblies is false", refusal["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("ML9001", Assert.Single(trusted["diagnostics"]!.AsArray())!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_rule_assembly_that_cannot_load_is_one_ML0005_naming_it()
    {
        using var folder = new TempFolder();
        var missing = folder.FullPath("rules/Missing.dll");
        var notAssembly = folder.Write("rules/NotAssembly.dll", "not a .NET assembly");
        folder.Write("missing/messagelint.json", JsonSerializer.Serialize(new { ruleAssemblies = new[] { missing } }));
        folder.Write("garbage/messagelint.json", JsonSerializer.Serialize(new { ruleAssemblies = new[] { notAssembly } }));
        await using var server = await InProcessServer.StartInitializedAsync();

        await server.Client.OpenAsync(folder.UriOf("missing/a.md"), Banana);
        await server.Client.OpenAsync(folder.UriOf("garbage/a.md"), Banana);
        var missingResult = Assert.Single((await server.Client.WaitForDiagnosticsAsync(folder.UriOf("missing/a.md")))["diagnostics"]!.AsArray())!;
        var garbageResult = Assert.Single((await server.Client.WaitForDiagnosticsAsync(folder.UriOf("garbage/a.md")))["diagnostics"]!.AsArray())!;

        Assert.Equal("ML0005", missingResult["code"]!.GetValue<string>());
        Assert.Contains(missing, missingResult["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("ML0005", garbageResult["code"]!.GetValue<string>());
        Assert.Contains(notAssembly + " is not a .NET assembly", garbageResult["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rule_id_no_loaded_rule_declares_is_still_an_ML0002()
    {
        using var folder = new TempFolder();
        folder.Write("messagelint.json", JsonSerializer.Serialize(new { ruleAssemblies = new[] { SamplePack }, rules = new Dictionary<string, string> { ["ML9002"] = "error" } }));
        await using var server = await InProcessServer.StartInitializedAsync();

        await server.Client.OpenAsync(folder.UriOf("a.md"), Banana);
        var published = await server.Client.WaitForDiagnosticsAsync(folder.UriOf("a.md"));

        var diagnostic = Assert.Single(published["diagnostics"]!.AsArray())!;
        Assert.Equal("ML0002", diagnostic["code"]!.GetValue<string>());
        Assert.Contains("unknown rule 'ML9002'", diagnostic["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
