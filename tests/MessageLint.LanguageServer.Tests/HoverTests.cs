using MessageLint.LanguageServer.Tests.Support;

namespace MessageLint.LanguageServer.Tests;

/// <summary>textDocument/hover explains the finding under the cursor.</summary>
public sealed class HoverTests
{
    [Fact]
    public async Task Hovering_a_finding_shows_the_rule_title_message_and_why_as_markdown()
    {
        await using var server = await InProcessServer.StartInitializedAsync();
        await server.Client.OpenAsync("file:///a.md", "Пришлите тексты!!!\n");

        var response = await server.Client.RequestAsync("textDocument/hover", new { textDocument = new { uri = "file:///a.md" }, position = new { line = 0, character = 16 } });

        var hover = response["result"]!;
        Assert.Equal("markdown", hover["contents"]!["kind"]!.GetValue<string>());
        var markdown = hover["contents"]!["value"]!.GetValue<string>();
        Assert.StartsWith("**ML7001: Проблема подана резко**\n\nВосклицательные знаки подряд: скажите, что нужно и к какому сроку, без упрёка и давления\n\n**Why**\n\nA problem named with blame turns a work question", markdown, StringComparison.Ordinal);
        Assert.EndsWith("[ML7001 documentation](https://github.com/messagelint/messagelint/blob/main/rules/ML7001.md)", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("## How to fix", markdown, StringComparison.Ordinal);
        Assert.Equal("""{"start":{"line":0,"character":15},"end":{"line":0,"character":18}}""", hover["range"]!.ToJsonString());
    }

    [Fact]
    public async Task Hovering_text_without_a_finding_shows_nothing()
    {
        await using var server = await InProcessServer.StartInitializedAsync();
        await server.Client.OpenAsync("file:///a.md", "Пришлите тексты!!!\n");

        var response = await server.Client.RequestAsync("textDocument/hover", new { textDocument = new { uri = "file:///a.md" }, position = new { line = 0, character = 3 } });

        Assert.True(response.ContainsKey("result"));
        Assert.Null(response["result"]);
    }

    [Fact]
    public async Task Hovering_a_document_that_is_not_open_shows_nothing()
    {
        await using var server = await InProcessServer.StartInitializedAsync();

        var response = await server.Client.RequestAsync("textDocument/hover", new { textDocument = new { uri = "file:///closed.md" }, position = new { line = 0, character = 3 } });

        Assert.Null(response["result"]);
    }
}
