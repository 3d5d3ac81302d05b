using MessageLint.LanguageServer.Tests.Support;

namespace MessageLint.LanguageServer.Tests;

/// <summary>initialize, shutdown and exit as the protocol orders them.</summary>
public sealed class LifecycleTests
{
    [Fact]
    public async Task Initialize_declares_only_the_capabilities_the_server_implements()
    {
        await using var server = InProcessServer.Start();

        var response = await server.Client.RequestAsync("initialize", new { processId = 1, capabilities = new { } });

        Assert.Equal(
            """{"textDocumentSync":{"openClose":true,"change":2,"save":{"includeText":false}},"codeActionProvider":{"codeActionKinds":["quickfix"]},"hoverProvider":true}""",
            response["result"]!["capabilities"]!.ToJsonString());
        Assert.Equal("messagelint", response["result"]!["serverInfo"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Requests_before_initialize_are_refused_as_not_initialized()
    {
        await using var server = InProcessServer.Start();

        var response = await server.Client.RequestAsync("textDocument/hover", new { textDocument = new { uri = "file:///a.md" }, position = new { line = 0, character = 0 } });

        Assert.Equal(-32002, response["error"]!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Shutdown_answers_null_and_exit_then_ends_the_server_with_code_zero()
    {
        await using var server = await InProcessServer.StartInitializedAsync();

        var shutdown = await server.Client.RequestAsync("shutdown");
        await server.Client.NotifyAsync("exit");
        var exitCode = await server.Server.WaitAsync(LspTestClient.Timeout);

        Assert.True(shutdown.ContainsKey("result"));
        Assert.Null(shutdown["result"]);
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_the_server_with_code_one()
    {
        await using var server = await InProcessServer.StartInitializedAsync();

        await server.Client.NotifyAsync("exit");

        Assert.Equal(1, await server.Server.WaitAsync(LspTestClient.Timeout));
    }

    [Fact]
    public async Task Requests_after_shutdown_are_refused()
    {
        await using var server = await InProcessServer.StartInitializedAsync();
        await server.Client.RequestAsync("shutdown");

        var response = await server.Client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = "file:///a.md" },
            range = new { start = new { line = 0, character = 0 }, end = new { line = 0, character = 0 } },
            context = new { diagnostics = Array.Empty<object>() },
        });

        Assert.Equal(-32600, response["error"]!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_client_that_closes_the_connection_ends_the_server()
    {
        var server = await InProcessServer.StartInitializedAsync();

        await server.Client.DisposeAsync();

        Assert.Equal(1, await server.Server.WaitAsync(LspTestClient.Timeout));
    }
}
