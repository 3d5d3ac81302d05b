using MessageLint.Core.Engine;
using MessageLint.LanguageServer.Tests.Support;
using MessageLint.Rules.Principle7;

namespace MessageLint.LanguageServer.Tests;

/// <summary>Bad input and cancellation: the client gets an answer and the server keeps serving.</summary>
public sealed class RobustnessTests
{
    [Fact]
    public async Task A_frame_that_is_not_json_gets_a_parse_error_and_the_server_keeps_serving()
    {
        await using var server = await InProcessServer.StartInitializedAsync();

        await server.Client.SendRawAsync("{\"jsonrpc\": \"2.0\", \"id\": 5, \"method\": ");
        var error = await server.Client.WaitForMessageAsync(m => m.ContainsKey("error"));
        await server.Client.OpenAsync("file:///a.md", "Пришлите тексты!!!\n");
        var published = await server.Client.WaitForDiagnosticsAsync("file:///a.md");

        Assert.Equal(-32700, error["error"]!["code"]!.GetValue<int>());
        Assert.Null(error["id"]);
        Assert.Single(published["diagnostics"]!.AsArray());
    }

    [Fact]
    public async Task A_request_of_the_wrong_shape_gets_an_invalid_request_error_with_its_id()
    {
        await using var server = await InProcessServer.StartInitializedAsync();

        await server.Client.SendRawAsync("""{"jsonrpc": "2.0", "id": 41, "method": "textDocument/hover", "params": "nonsense"}""");
        var error = await server.Client.WaitForMessageAsync(m => m.ContainsKey("error"));
        var shutdown = await server.Client.RequestAsync("shutdown");

        Assert.Equal(41, error["id"]!.GetValue<int>());
        Assert.Equal(-32600, error["error"]!["code"]!.GetValue<int>());
        Assert.True(shutdown.ContainsKey("result"));
    }

    [Fact]
    public async Task Params_that_do_not_fit_the_method_get_an_invalid_params_error()
    {
        await using var server = await InProcessServer.StartInitializedAsync();

        var response = await server.Client.RequestAsync("textDocument/hover", new { textDocument = 5, position = "top" });

        Assert.Equal(-32602, response["error"]!["code"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("textDocument/hover", """{"foo": 1}""")]
    [InlineData("textDocument/hover", """{"textDocument": {"uri": "file:///a.md"}}""")]
    [InlineData("textDocument/hover", """{"position": {"line": 0, "character": 0}}""")]
    [InlineData("textDocument/codeAction", """{"textDocument": {"uri": "file:///a.md"}, "context": {"diagnostics": []}}""")]
    [InlineData("textDocument/codeAction", """{"range": {"start": {"line": 0, "character": 0}}, "textDocument": {"uri": "file:///a.md"}}""")]
    public async Task Params_missing_a_required_field_get_an_invalid_params_error_not_an_internal_one(string method, string parameters)
    {
        await using var server = await InProcessServer.StartInitializedAsync();
        await server.Client.OpenAsync("file:///a.md", "Пришлите тексты!!!\n");
        await server.Client.WaitForDiagnosticsAsync("file:///a.md");

        await server.Client.SendRawAsync($$"""{"jsonrpc": "2.0", "id": 42, "method": "{{method}}", "params": {{parameters}}}""");
        var error = await server.Client.WaitForMessageAsync(m => m.ContainsKey("error"));

        Assert.Equal(42, error["id"]!.GetValue<int>());
        Assert.Equal(-32602, error["error"]!["code"]!.GetValue<int>());
        Assert.DoesNotContain("NullReferenceException", server.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_method_gets_method_not_found()
    {
        await using var server = await InProcessServer.StartInitializedAsync();

        var response = await server.Client.RequestAsync("textDocument/rename", new { });

        Assert.Equal(-32601, response["error"]!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_cancelled_request_is_answered_as_cancelled_and_later_requests_are_served()
    {
        using var blocking = new BlockingRule();
        var engine = new LintEngine([new ML7001BluntOrBlaming(), blocking]);
        await using var server = await InProcessServer.StartInitializedAsync(configure: o => o with { Engine = engine, DebounceDelay = TimeSpan.FromHours(1) });
        await server.Client.OpenAsync("file:///a.md", "BLOCK Пришлите тексты!!!\n");

        var (id, pending) = await server.Client.StartRequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = "file:///a.md" },
            range = new { start = new { line = 0, character = 22 }, end = new { line = 0, character = 22 } },
            context = new { diagnostics = Array.Empty<object>() },
        });
        await blocking.Entered.WaitAsync(LspTestClient.Timeout);
        await server.Client.NotifyAsync("$/cancelRequest", new { id });
        var cancelled = await pending.WaitAsync(LspTestClient.Timeout);
        blocking.Release();
        var hover = await server.Client.RequestAsync("textDocument/hover", new { textDocument = new { uri = "file:///a.md" }, position = new { line = 0, character = 22 } });

        Assert.Equal(-32800, cancelled["error"]!["code"]!.GetValue<int>());
        Assert.Contains("ML7001", hover["result"]!["contents"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
