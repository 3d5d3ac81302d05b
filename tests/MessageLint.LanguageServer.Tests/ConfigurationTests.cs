using System.Text.Json.Nodes;
using MessageLint.LanguageServer.Tests.Support;

namespace MessageLint.LanguageServer.Tests;

/// <summary>Settings from the editor and from each document's nearest messagelint.json.</summary>
public sealed class ConfigurationTests
{
    private const string Shouty = "Пришлите тексты!!!\n";

    [Fact]
    public async Task Each_document_follows_its_nearest_configuration()
    {
        using var folder = new TempFolder();
        folder.Write("strict/messagelint.json", """{ "rules": { "ML7001": "error" } }""");
        folder.Write("relaxed/messagelint.json", """{ "rules": { "ML7001": "none" } }""");
        await using var server = await InProcessServer.StartInitializedAsync();

        await server.Client.OpenAsync(folder.UriOf("strict/a.md"), Shouty);
        await server.Client.OpenAsync(folder.UriOf("relaxed/deeper/b.md"), Shouty);
        await server.Client.OpenAsync(folder.UriOf("c.md"), Shouty);
        var strict = await server.Client.WaitForDiagnosticsAsync(folder.UriOf("strict/a.md"));
        var relaxed = await server.Client.WaitForDiagnosticsAsync(folder.UriOf("relaxed/deeper/b.md"));
        var plain = await server.Client.WaitForDiagnosticsAsync(folder.UriOf("c.md"));

        Assert.Equal(1, Assert.Single(strict["diagnostics"]!.AsArray())!["severity"]!.GetValue<int>());
        Assert.Empty(relaxed["diagnostics"]!.AsArray());
        Assert.Equal(2, Assert.Single(plain["diagnostics"]!.AsArray())!["severity"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_broken_configuration_is_one_ML0001_at_the_top_of_the_draft()
    {
        using var folder = new TempFolder();
        var config = folder.Write("messagelint.json", "{\n  \"rules\": { \"ML7001\": \"error\" \n");
        await using var server = await InProcessServer.StartInitializedAsync();

        await server.Client.OpenAsync(folder.UriOf("a.md"), Shouty);
        var published = await server.Client.WaitForDiagnosticsAsync(folder.UriOf("a.md"));

        var diagnostic = Assert.Single(published["diagnostics"]!.AsArray())!;
        Assert.Equal("ML0001", diagnostic["code"]!.GetValue<string>());
        Assert.Equal(1, diagnostic["severity"]!.GetValue<int>());
        Assert.Equal("""{"start":{"line":0,"character":0},"end":{"line":0,"character":18}}""", diagnostic["range"]!.ToJsonString());
        Assert.StartsWith("Configuration is not valid JSON: " + config + ":", diagnostic["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_setting_is_ML0002_and_fixing_it_then_saving_checks_the_draft_again()
    {
        using var folder = new TempFolder();
        folder.Write("messagelint.json", """{ "rulse": { "ML7001": "error" } }""");
        await using var server = await InProcessServer.StartInitializedAsync();
        await server.Client.OpenAsync(folder.UriOf("a.md"), Shouty);
        var broken = await server.Client.WaitForDiagnosticsAsync(folder.UriOf("a.md"));

        folder.Write("messagelint.json", """{ "rules": { "ML7001": "error" }, "profile": "client-chat" }""");
        await server.Client.NotifyAsync("textDocument/didSave", new { textDocument = new { uri = folder.UriOf("a.md") } });
        var fixedConfig = await server.Client.WaitForDiagnosticsAsync(folder.UriOf("a.md"));

        Assert.Equal("ML0002", Assert.Single(broken["diagnostics"]!.AsArray())!["code"]!.GetValue<string>());
        var diagnostic = Assert.Single(fixedConfig["diagnostics"]!.AsArray())!;
        Assert.Equal(("ML7001", 1), (diagnostic["code"]!.GetValue<string>(), diagnostic["severity"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_client_that_watches_files_reports_a_saved_configuration_and_open_drafts_are_checked_again_at_once()
    {
        using var folder = new TempFolder();
        folder.Write("messagelint.json", """{ "rulse": { "ML7001": "error" } }""");
        await using var server = InProcessServer.Start();
        await server.Client.RequestAsync("initialize", new { processId = 1, capabilities = new { workspace = new { didChangeWatchedFiles = new { dynamicRegistration = true } } } });
        await server.Client.NotifyAsync("initialized", new { });
        var registration = await server.Client.WaitForNotificationAsync("client/registerCapability");
        await server.Client.SendRawAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = registration["id"]!.DeepClone(), ["result"] = null }.ToJsonString());
        await server.Client.OpenAsync(folder.UriOf("a.md"), Shouty);
        var broken = await server.Client.WaitForDiagnosticsAsync(folder.UriOf("a.md"));

        // The editor saves messagelint.json; the draft itself is not touched.
        folder.Write("messagelint.json", """{ "rules": { "ML7001": "error" }, "profile": "client-chat" }""");
        await server.Client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = folder.UriOf("messagelint.json"), type = 2 } } });
        var fixedConfig = await server.Client.WaitForDiagnosticsAsync(folder.UriOf("a.md"));

        var registered = registration["params"]!["registrations"]![0]!;
        Assert.Equal("workspace/didChangeWatchedFiles", registered["method"]!.GetValue<string>());
        Assert.Equal("**/{messagelint.json,.messagelint.json}", registered["registerOptions"]!["watchers"]![0]!["globPattern"]!.GetValue<string>());
        Assert.Equal("ML0002", Assert.Single(broken["diagnostics"]!.AsArray())!["code"]!.GetValue<string>());
        var diagnostic = Assert.Single(fixedConfig["diagnostics"]!.AsArray())!;
        Assert.Equal(("ML7001", 1), (diagnostic["code"]!.GetValue<string>(), diagnostic["severity"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Initialization_options_choose_the_message_language()
    {
        await using var server = await InProcessServer.StartInitializedAsync(new { messageLanguage = "en" });

        await server.Client.OpenAsync("file:///a.md", Shouty);
        var published = await server.Client.WaitForDiagnosticsAsync("file:///a.md");

        Assert.StartsWith("A run of exclamation marks", Assert.Single(published["diagnostics"]!.AsArray())!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changed_settings_check_open_drafts_again()
    {
        await using var server = await InProcessServer.StartInitializedAsync();
        await server.Client.OpenAsync("file:///a.md", Shouty);
        await server.Client.WaitForDiagnosticsAsync("file:///a.md");

        await server.Client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { messagelint = new { messageLanguage = "en" } } });
        var published = await server.Client.WaitForDiagnosticsAsync("file:///a.md");

        Assert.StartsWith("A run of exclamation marks", Assert.Single(published["diagnostics"]!.AsArray())!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_settings_change_keeps_the_initialization_options()
    {
        await using var server = await InProcessServer.StartInitializedAsync(new { messageLanguage = "en" });

        await server.Client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { } });
        await server.Client.OpenAsync("file:///a.md", Shouty);
        var published = await server.Client.WaitForDiagnosticsAsync("file:///a.md");

        Assert.StartsWith("A run of exclamation marks", Assert.Single(published["diagnostics"]!.AsArray())!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forced_draft_language_is_used_for_every_sentence()
    {
        await using var server = await InProcessServer.StartInitializedAsync(new { language = "en", useClassifier = false });

        await server.Client.OpenAsync("file:///a.md", Shouty);
        var published = await server.Client.WaitForDiagnosticsAsync("file:///a.md");

        Assert.StartsWith("A run of exclamation marks", Assert.Single(published["diagnostics"]!.AsArray())!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_profile_is_reported_as_ML0002()
    {
        await using var server = await InProcessServer.StartInitializedAsync(new { profile = "no-such-profile" });

        await server.Client.OpenAsync("file:///a.md", Shouty);
        var published = await server.Client.WaitForDiagnosticsAsync("file:///a.md");

        var diagnostic = Assert.Single(published["diagnostics"]!.AsArray())!;
        Assert.Equal("ML0002", diagnostic["code"]!.GetValue<string>());
        Assert.Contains("unknown profile 'no-such-profile'", diagnostic["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_over_max_size_is_refused_with_one_warning_until_the_limit_is_raised()
    {
        // Shouty is 19 characters and 33 bytes in UTF-8 (a Cyrillic letter takes two): over a limit of 20.
        await using var server = await InProcessServer.StartInitializedAsync(new { maxSize = 20 });

        await server.Client.OpenAsync("file:///a.md", Shouty);
        var refused = Assert.Single((await server.Client.WaitForDiagnosticsAsync("file:///a.md"))["diagnostics"]!.AsArray())!;
        await server.Client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { messagelint = new { maxSize = 1000 } } });
        var checkedDraft = Assert.Single((await server.Client.WaitForDiagnosticsAsync("file:///a.md"))["diagnostics"]!.AsArray())!;

        Assert.Equal("ML0004", refused["code"]!.GetValue<string>());
        Assert.Equal(2, refused["severity"]!.GetValue<int>());
        Assert.Equal(
            "The draft is 33 bytes; drafts larger than 20 bytes are not checked as you type (raise the maxSize setting if it really is one message).",
            refused["message"]!.GetValue<string>());
        Assert.Equal("ML7001", checkedDraft["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Invalid_setting_values_are_logged_and_ignored()
    {
        await using var server = await InProcessServer.StartInitializedAsync(new { messageLanguage = "fr", colour = "red", loadRuleAssemblies = "yes", maxSize = -5 });

        await server.Client.OpenAsync("file:///a.md", Shouty);
        var published = await server.Client.WaitForDiagnosticsAsync("file:///a.md");

        Assert.StartsWith("Восклицательные знаки подряд", Assert.Single(published["diagnostics"]!.AsArray())!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("messageLanguage must be auto, ru or en", server.Log, StringComparison.Ordinal);
        Assert.Contains("unknown setting 'colour'", server.Log, StringComparison.Ordinal);
        Assert.Contains("loadRuleAssemblies must be true or false", server.Log, StringComparison.Ordinal);
        Assert.Contains("maxSize must be a positive number of bytes", server.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Untitled_drafts_use_the_configuration_of_the_workspace_root()
    {
        using var folder = new TempFolder();
        folder.Write("messagelint.json", """{ "rules": { "ML7001": "error" } }""");
        await using var server = await InProcessServer.StartInitializedAsync(rootUri: folder.Uri);

        await server.Client.OpenAsync("untitled:Untitled-1", Shouty, "markdown");
        var published = await server.Client.WaitForDiagnosticsAsync("untitled:Untitled-1");

        Assert.Equal(1, Assert.Single(published["diagnostics"]!.AsArray())!["severity"]!.GetValue<int>());
    }
}
