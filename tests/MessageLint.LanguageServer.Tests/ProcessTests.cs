using System.Text.Json.Nodes;
using MessageLint.LanguageServer.Tests.Support;

namespace MessageLint.LanguageServer.Tests;

/// <summary>The real `messagelint lsp` process over stdin and stdout, framed by hand.</summary>
public sealed class ProcessTests
{
    [Fact]
    public async Task The_real_server_checks_a_draft_answers_requests_and_exits_with_zero_while_stdin_stays_open()
    {
        using var folder = new TempFolder();
        var uri = folder.UriOf("письмо.eml");
        await using var server = ServerProcess.Start("--stdio", "--debounce", "0");

        var initialize = await server.Client.InitializeAsync(new { messageLanguage = "ru" }, folder.Uri);
        await server.Client.OpenAsync(uri, "Добрый день!\n\nПришлите тексты!!!\n", "mail");
        var published = await server.Client.WaitForDiagnosticsAsync(uri, 1);
        var actions = await server.Client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri },
            range = new { start = new { line = 2, character = 16 }, end = new { line = 2, character = 16 } },
            context = new { diagnostics = published["diagnostics"] },
        });
        await server.Client.SendRawAsync("not json at all");
        var parseError = await server.Client.WaitForMessageAsync(m => m.ContainsKey("error"));
        var hover = await server.Client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line = 2, character = 16 } });
        var shutdown = await server.Client.RequestAsync("shutdown");
        await server.Client.NotifyAsync("exit");
        var exitCode = await server.WaitForExitAsync();

        Assert.Equal("messagelint", initialize["result"]!["serverInfo"]!["name"]!.GetValue<string>());
        Assert.Equal("ML7001", published["diagnostics"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("Заменить на «.»", actions["result"]![0]!["title"]!.GetValue<string>());
        Assert.Equal(-32700, parseError["error"]!["code"]!.GetValue<int>());
        Assert.Contains("**Why**", hover["result"]!["contents"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(shutdown["result"]);
        Assert.Equal(0, exitCode);
        Assert.All(server.Client.RawFrames, frame => Assert.NotNull(JsonNode.Parse(frame)));
        Assert.Contains("messagelint lsp: initialized", server.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_named_rule_assembly_adds_its_rules_to_the_editor_diagnostics()
    {
        using var folder = new TempFolder();
        var uri = folder.UriOf("draft.md");
        await using var server = ServerProcess.Start("--stdio", "--debounce", "0", "--rules-assembly", Path.Combine(AppContext.BaseDirectory, "MessageLint.SampleRulePack.dll"));

        await server.Client.InitializeAsync(null, folder.Uri);
        await server.Client.OpenAsync(uri, "Here is a banana for the launch.\n");
        var published = await server.Client.WaitForDiagnosticsAsync(uri, 1);

        Assert.Contains(published["diagnostics"]!.AsArray(), d => d!["code"]!.GetValue<string>() == "ML9001");
    }

    [Fact]
    public async Task A_rule_assembly_that_cannot_load_is_a_usage_error_before_the_server_starts()
    {
        await using var server = ServerProcess.Start("--stdio", "--rules-assembly", "/nonexistent/pack.dll");

        var exitCode = await server.WaitForExitAsync();

        Assert.Equal(2, exitCode);
        Assert.Contains("pack.dll", server.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_real_server_ends_with_one_when_the_editor_goes_away_without_shutdown()
    {
        await using var server = ServerProcess.Start();
        await server.Client.InitializeAsync();

        server.Process.StandardInput.Close();

        Assert.Equal(1, await server.WaitForExitAsync());
    }
}
