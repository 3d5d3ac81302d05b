using MessageLint.Core.Engine;
using MessageLint.LanguageServer.Tests.Support;
using MessageLint.Rules.Principle7;

namespace MessageLint.LanguageServer.Tests;

/// <summary>
/// A check of a text the user has already changed is stopped, not run to the end: on a long draft it would
/// hold a core for seconds while newer keystrokes wait. <see cref="BlockingRule"/> holds the old check until
/// the server cancels it, so each test fails (after the client's timeout) if the server lets it run.
/// </summary>
public sealed class StaleCheckTests
{
    private const string Uri = "file:///draft.md";

    [Fact]
    public async Task An_edit_stops_the_check_of_the_old_text_and_the_new_text_is_published_without_waiting_for_it()
    {
        using var blocking = new BlockingRule();
        var engine = new LintEngine([new ML7001BluntOrBlaming(), blocking]);
        await using var server = await InProcessServer.StartInitializedAsync(configure: o => o with { Engine = engine });
        await server.Client.OpenAsync(Uri, "BLOCK Пришлите тексты!!!\n");
        await blocking.Entered.WaitAsync(LspTestClient.Timeout);

        await server.Client.ChangeFullAsync(Uri, 2, "Пришлите тексты!!!\n");
        await blocking.Stopped.WaitAsync(LspTestClient.Timeout);
        var published = await server.Client.WaitForDiagnosticsAsync(Uri, version: 2);

        Assert.Equal("ML7001", Assert.Single(published["diagnostics"]!.AsArray())!["code"]!.GetValue<string>());
        Assert.DoesNotContain("failed", server.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hover_waiting_for_a_stopped_check_is_answered_content_modified_and_the_next_hover_is_served()
    {
        using var blocking = new BlockingRule();
        var engine = new LintEngine([new ML7001BluntOrBlaming(), blocking]);
        await using var server = await InProcessServer.StartInitializedAsync(configure: o => o with { Engine = engine, DebounceDelay = TimeSpan.FromHours(1) });
        await server.Client.OpenAsync(Uri, "BLOCK Пришлите тексты!!!\n");
        var (_, pending) = await server.Client.StartRequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = new { line = 0, character = 22 } });
        await blocking.Entered.WaitAsync(LspTestClient.Timeout);

        await server.Client.ChangeFullAsync(Uri, 2, "Пришлите тексты!!!\n");
        var stale = await pending.WaitAsync(LspTestClient.Timeout);
        var hover = await server.Client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = new { line = 0, character = 16 } });

        Assert.Equal(-32801, stale["error"]!["code"]!.GetValue<int>());
        Assert.Contains("ML7001", hover["result"]!["contents"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closing_a_draft_stops_its_running_check()
    {
        using var blocking = new BlockingRule();
        var engine = new LintEngine([new ML7001BluntOrBlaming(), blocking]);
        await using var server = await InProcessServer.StartInitializedAsync(configure: o => o with { Engine = engine });
        await server.Client.OpenAsync(Uri, "BLOCK Пришлите тексты!!!\n");
        await blocking.Entered.WaitAsync(LspTestClient.Timeout);

        await server.Client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = Uri } });
        await blocking.Stopped.WaitAsync(LspTestClient.Timeout);
        var cleared = await server.Client.WaitForDiagnosticsAsync(Uri);

        Assert.Empty(cleared["diagnostics"]!.AsArray());
    }
}
