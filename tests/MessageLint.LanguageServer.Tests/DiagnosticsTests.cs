using MessageLint.LanguageServer.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace MessageLint.LanguageServer.Tests;

/// <summary>publishDiagnostics: what is sent for which document and version, and when.</summary>
public sealed class DiagnosticsTests
{
    private const string Shouty = "Пришлите тексты!!!\n";

    [Fact]
    public async Task Opening_a_draft_publishes_its_findings_for_that_version()
    {
        await using var server = await InProcessServer.StartInitializedAsync();

        await server.Client.OpenAsync("file:///drafts/a.md", Shouty, version: 7);
        var published = await server.Client.WaitForDiagnosticsAsync("file:///drafts/a.md");

        Assert.Equal(7, published["version"]!.GetValue<int>());
        var diagnostic = Assert.Single(published["diagnostics"]!.AsArray())!;
        Assert.Equal(
            """{"range":{"start":{"line":0,"character":15},"end":{"line":0,"character":18}},"severity":2,"code":"ML7001","codeDescription":{"href":"https://github.com/messagelint/messagelint/blob/main/rules/ML7001.md"},"source":"messagelint","message":"Восклицательные знаки подряд: скажите, что нужно и к какому сроку, без упрёка и давления"}""",
            diagnostic.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Theory]
    [InlineData("markdown", "file:///drafts/post.md")]
    [InlineData("plaintext", "file:///drafts/chat.txt")]
    [InlineData("text", "file:///drafts/chat")]
    [InlineData("mail", "file:///drafts/letter.eml")]
    [InlineData("something-else", "file:///drafts/letter.eml")]
    [InlineData("something-else", "untitled:Untitled-1.md")]
    public async Task Markdown_plain_text_and_email_drafts_are_checked(string languageId, string uri)
    {
        await using var server = await InProcessServer.StartInitializedAsync();

        await server.Client.OpenAsync(uri, Shouty, languageId);
        var published = await server.Client.WaitForDiagnosticsAsync(uri);

        Assert.Equal("ML7001", Assert.Single(published["diagnostics"]!.AsArray())!["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("mail", "file:///drafts/letter.eml")]
    [InlineData("something-else", "file:///drafts/letter.eml")]
    [InlineData("plaintext", "file:///drafts/letter.eml")]
    [InlineData("text", "file:///drafts/letter.eml")]
    public async Task An_email_draft_is_checked_without_its_headers_or_the_quoted_client(string languageId, string uri)
    {
        await using var server = await InProcessServer.StartInitializedAsync();
        const string Letter = "From: ivan@studio.example\nX-Mailer: URGENT!!!\nSubject: Re: ГДЕ ТЕКСТЫ???\n\nДобрый день!\n\nПришлите тексты!!!\n\nOn Mon, 3 Mar 2025, Anna wrote:\n> Сами пришлите!!!\n";

        await server.Client.OpenAsync(uri, Letter, languageId);
        var published = await server.Client.WaitForDiagnosticsAsync(uri);

        var diagnostic = Assert.Single(published["diagnostics"]!.AsArray())!;
        Assert.Equal(6, diagnostic["range"]!["start"]!["line"]!.GetValue<int>());
    }

    [Fact]
    public async Task Documents_that_are_not_drafts_are_left_alone()
    {
        await using var server = await InProcessServer.StartInitializedAsync();

        await server.Client.OpenAsync("file:///project/settings.json", "{ \"a\": \"ПРИШЛИТЕ!!!\" }", "json");
        await server.Client.OpenAsync("file:///project/draft.md", Shouty);
        await server.Client.WaitForDiagnosticsAsync("file:///project/draft.md");

        Assert.DoesNotContain(server.Client.ReceivedMessages, n => n["params"]?["uri"]?.GetValue<string>() == "file:///project/settings.json");
    }

    [Fact]
    public async Task A_full_text_change_replaces_the_document()
    {
        await using var server = await InProcessServer.StartInitializedAsync();
        await server.Client.OpenAsync("file:///a.md", "Всё готово, спасибо.\n");
        Assert.Empty((await server.Client.WaitForDiagnosticsAsync("file:///a.md", 1))["diagnostics"]!.AsArray());

        await server.Client.ChangeFullAsync("file:///a.md", 2, Shouty);
        var published = await server.Client.WaitForDiagnosticsAsync("file:///a.md", 2);

        Assert.Single(published["diagnostics"]!.AsArray());
    }

    [Fact]
    public async Task Incremental_changes_apply_in_order_with_utf16_positions()
    {
        await using var server = await InProcessServer.StartInitializedAsync();
        const string uri = "file:///chat.txt";
        await server.Client.OpenAsync(uri, "Сейчас 👋 мир.\nВсё хорошо.\n", "plaintext");
        await server.Client.WaitForDiagnosticsAsync(uri, 1);

        // Replace the full stop after "мир" (the emoji counts two UTF-16 units), then append a second line at the end.
        // The first word is not a greeting: "Привет!!!" is warmth, not a run of exclamation marks to report.
        await server.Client.NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri, version = 2 },
            contentChanges = new object[]
            {
                new { range = Range(0, 13, 0, 14), text = "!!!" },
                new { range = Range(2, 0, 2, 0), text = "Жду ответа!!!" },
            },
        });
        var published = await server.Client.WaitForDiagnosticsAsync(uri, 2);

        var ranges = published["diagnostics"]!.AsArray().Select(d => d!["range"]!.ToJsonString()).ToList();
        Assert.Equal(
            [
                """{"start":{"line":0,"character":13},"end":{"line":0,"character":16}}""",
                """{"start":{"line":2,"character":10},"end":{"line":2,"character":13}}""",
            ],
            ranges);
    }

    [Fact]
    public async Task Closing_a_document_clears_its_diagnostics()
    {
        await using var server = await InProcessServer.StartInitializedAsync();
        await server.Client.OpenAsync("file:///a.md", Shouty);
        await server.Client.WaitForDiagnosticsAsync("file:///a.md", 1);

        await server.Client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = "file:///a.md" } });
        var cleared = await server.Client.WaitForDiagnosticsAsync("file:///a.md");

        Assert.Empty(cleared["diagnostics"]!.AsArray());
        Assert.False(cleared.ContainsKey("version"));
    }

    [Fact]
    public async Task Many_open_documents_are_checked_independently()
    {
        await using var server = await InProcessServer.StartInitializedAsync();
        var uris = Enumerable.Range(0, 16).Select(i => $"file:///many/draft{i}.{(i % 2 == 0 ? "md" : "txt")}").ToList();

        for (var i = 0; i < uris.Count; i++)
        {
            await server.Client.OpenAsync(uris[i], i % 3 == 0 ? "Спасибо, всё получили.\n" : Shouty, i % 2 == 0 ? "markdown" : "plaintext", version: 100 + i);
        }

        var counts = new Dictionary<string, int>();
        foreach (var uri in uris)
        {
            var published = await server.Client.WaitForDiagnosticsAsync(uri);
            counts[uri] = published["diagnostics"]!.AsArray().Count;
            Assert.Equal(100 + uris.IndexOf(uri), published["version"]!.GetValue<int>());
        }

        Assert.All(uris.Select((uri, i) => (uri, i)), x => Assert.Equal(x.i % 3 == 0 ? 0 : 1, counts[x.uri]));
    }

    [Fact]
    public async Task While_typing_only_the_version_after_the_pause_is_checked()
    {
        var clock = new FakeTimeProvider();
        await using var server = await InProcessServer.StartInitializedAsync(configure: o => o with { DebounceDelay = TimeSpan.FromMilliseconds(150), TimeProvider = clock });
        await server.Client.OpenAsync("file:///a.md", "Пришлите", version: 1);
        await SettleAsync(server, "file:///a.md");
        clock.Advance(TimeSpan.FromMilliseconds(150));
        await server.Client.WaitForDiagnosticsAsync("file:///a.md", 1);

        await server.Client.ChangeFullAsync("file:///a.md", 2, "Пришлите тексты");
        await server.Client.ChangeFullAsync("file:///a.md", 3, "Пришлите тексты!!");
        await server.Client.ChangeFullAsync("file:///a.md", 4, "Пришлите тексты!!!");
        await SettleAsync(server, "file:///a.md");
        clock.Advance(TimeSpan.FromMilliseconds(149));
        await SettleAsync(server, "file:///a.md");
        clock.Advance(TimeSpan.FromMilliseconds(1));
        var published = await server.Client.WaitForNotificationAsync("textDocument/publishDiagnostics");

        Assert.Equal(4, published["params"]!["version"]!.GetValue<int>());
        Assert.Single(published["params"]!["diagnostics"]!.AsArray());
    }

    [Fact]
    public async Task Suppressed_findings_are_not_published_and_an_unused_suppression_is_marked_unnecessary()
    {
        await using var server = await InProcessServer.StartInitializedAsync();
        const string text = "<!-- messagelint-disable-next-line ML7001 -->\nПришлите тексты!!!\n\n<!-- messagelint-disable-next-line ML7001 -->\nСпасибо, всё получили.\n";

        await server.Client.OpenAsync("file:///a.md", text);
        var published = await server.Client.WaitForDiagnosticsAsync("file:///a.md");

        var diagnostic = Assert.Single(published["diagnostics"]!.AsArray())!;
        Assert.Equal("ML0100", diagnostic["code"]!.GetValue<string>());
        Assert.Equal(3, diagnostic["range"]!["start"]!["line"]!.GetValue<int>());
        Assert.Equal("[1]", diagnostic["tags"]!.ToJsonString());
    }

    [Theory]
    [InlineData("error", 1)]
    [InlineData("warning", 2)]
    [InlineData("info", 3)]
    public async Task Severities_map_to_the_protocol_levels(string configured, int expected)
    {
        using var folder = new TempFolder();
        folder.Write("messagelint.json", $$"""{ "rules": { "ML7001": "{{configured}}" } }""");
        folder.Write("a.md", Shouty);
        await using var server = await InProcessServer.StartInitializedAsync();

        await server.Client.OpenAsync(folder.UriOf("a.md"), Shouty);
        var published = await server.Client.WaitForDiagnosticsAsync(folder.UriOf("a.md"));

        Assert.Equal(expected, Assert.Single(published["diagnostics"]!.AsArray())!["severity"]!.GetValue<int>());
    }

    [Fact]
    public async Task Hidden_findings_are_not_published()
    {
        using var folder = new TempFolder();
        folder.Write("messagelint.json", """{ "rules": { "ML7001": "hidden" } }""");
        await using var server = await InProcessServer.StartInitializedAsync();

        await server.Client.OpenAsync(folder.UriOf("a.md"), Shouty);
        var published = await server.Client.WaitForDiagnosticsAsync(folder.UriOf("a.md"));

        Assert.Empty(published["diagnostics"]!.AsArray());
    }

    /// <summary>A request is answered only after every earlier notification was handled, so the server has seen them all.</summary>
    private static Task<System.Text.Json.Nodes.JsonObject> SettleAsync(InProcessServer server, string uri) =>
        server.Client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line = 0, character = 0 } });

    private static object Range(int startLine, int startCharacter, int endLine, int endCharacter) =>
        new { start = new { line = startLine, character = startCharacter }, end = new { line = endLine, character = endCharacter } };
}
