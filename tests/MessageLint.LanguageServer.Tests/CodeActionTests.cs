using System.Text.Json.Nodes;
using MessageLint.LanguageServer.Tests.Support;

namespace MessageLint.LanguageServer.Tests;

/// <summary>textDocument/codeAction: quick fixes from the rules' suggestions and "disable on this line".</summary>
public sealed class CodeActionTests
{
    [Fact]
    public async Task The_exclamation_fix_is_a_preferred_quick_fix()
    {
        await using var server = await InProcessServer.StartInitializedAsync();
        await server.Client.OpenAsync("file:///a.md", "Пришлите тексты!!!\n");

        var actions = await CodeActionsAsync(server, "file:///a.md", 0, 16);

        var fix = actions.First();
        Assert.Equal("Заменить на «.»", fix["title"]!.GetValue<string>());
        Assert.Equal("quickfix", fix["kind"]!.GetValue<string>());
        Assert.True(fix["isPreferred"]!.GetValue<bool>());
        Assert.Equal("ML7001", fix["diagnostics"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(
            """{"changes":{"file:///a.md":[{"range":{"start":{"line":0,"character":15},"end":{"line":0,"character":18}},"newText":"."}]}}""",
            fix["edit"]!.ToJsonString());
    }

    [Fact]
    public async Task Fixes_of_two_findings_of_one_kind_in_a_selection_say_where_each_applies()
    {
        await using var server = await InProcessServer.StartInitializedAsync();
        await server.Client.OpenAsync("file:///a.md", "Пришлите тексты!!! И макеты!!!\n");

        var actions = await CodeActionsAsync(server, "file:///a.md", 0, 0, endCharacter: 30);
        var fixes = actions.Where(a => a.ContainsKey("isPreferred")).ToList();

        Assert.Equal(["Заменить на «.» (1:16)", "Заменить на «.» (1:28)"], fixes.Select(a => a["title"]!.GetValue<string>()));
        Assert.Equal(15, fixes[0]["edit"]!["changes"]!["file:///a.md"]![0]!["range"]!["start"]!["character"]!.GetValue<int>());
        Assert.Equal(27, fixes[1]["edit"]!["changes"]!["file:///a.md"]![0]!["range"]!["start"]!["character"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_suggestion_that_needs_a_human_choice_is_offered_but_not_preferred()
    {
        await using var server = await InProcessServer.StartInitializedAsync();
        await server.Client.OpenAsync("file:///a.md", "Как я уже писал, макет готов.\n");

        var actions = await CodeActionsAsync(server, "file:///a.md", 0, 3);

        var fix = actions.First();
        Assert.Equal("Напомнить без упрёка", fix["title"]!.GetValue<string>());
        Assert.False(fix.ContainsKey("isPreferred"));
        Assert.Equal("Напомню", fix["edit"]!["changes"]!["file:///a.md"]![0]!["newText"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_finding_whose_suggestion_has_no_edits_offers_only_the_disable_action()
    {
        await using var server = await InProcessServer.StartInitializedAsync();
        await server.Client.OpenAsync("file:///a.md", "Ну вы сами виноваты, что не прислали тексты вовремя.\n");

        var actions = await CodeActionsAsync(server, "file:///a.md", 0, 5);

        Assert.Equal(["Disable ML7001 on this line"], actions.Select(a => a["title"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Disabling_a_rule_in_markdown_inserts_an_html_comment_above_the_line_that_silences_it()
    {
        await using var server = await InProcessServer.StartInitializedAsync();
        const string text = "Привет!\n\n  Пришлите тексты!!!\n";
        await server.Client.OpenAsync("file:///a.md", text);

        var actions = await CodeActionsAsync(server, "file:///a.md", 2, 18);
        var disable = actions.Single(a => a["title"]!.GetValue<string>() == "Disable ML7001 on this line");
        var edited = LspEdits.Apply(text, disable["edit"]!["changes"]!["file:///a.md"]!.AsArray());
        await server.Client.ChangeFullAsync("file:///a.md", 2, edited);
        var published = await server.Client.WaitForDiagnosticsAsync("file:///a.md", 2);

        Assert.Equal("Привет!\n\n  <!-- messagelint-disable-next-line ML7001 -->\n  Пришлите тексты!!!\n", edited);
        Assert.Empty(published["diagnostics"]!.AsArray());
    }

    [Fact]
    public async Task Disabling_a_rule_in_plain_text_inserts_the_chat_form_in_the_drafts_line_breaks()
    {
        await using var server = await InProcessServer.StartInitializedAsync();
        const string text = "Привет!\r\nПришлите тексты!!!\r\n";
        await server.Client.OpenAsync("file:///chat.txt", text, "plaintext");

        var actions = await CodeActionsAsync(server, "file:///chat.txt", 1, 16);
        var disable = actions.Single(a => a["title"]!.GetValue<string>() == "Disable ML7001 on this line");
        var edited = LspEdits.Apply(text, disable["edit"]!["changes"]!["file:///chat.txt"]!.AsArray());
        await server.Client.ChangeFullAsync("file:///chat.txt", 2, edited);
        var published = await server.Client.WaitForDiagnosticsAsync("file:///chat.txt", 2);

        Assert.Equal("Привет!\r\n[messagelint-disable-next-line ML7001]\r\nПришлите тексты!!!\r\n", edited);
        Assert.Empty(published["diagnostics"]!.AsArray());
    }

    [Fact]
    public async Task Only_the_requested_kinds_of_actions_are_returned()
    {
        await using var server = await InProcessServer.StartInitializedAsync();
        await server.Client.OpenAsync("file:///a.md", "Пришлите тексты!!!\n");

        var source = await CodeActionsAsync(server, "file:///a.md", 0, 16, ["source"]);
        var quickFixes = await CodeActionsAsync(server, "file:///a.md", 0, 16, ["quickfix"]);

        Assert.Empty(source);
        Assert.Equal(2, quickFixes.Count);
    }

    [Fact]
    public async Task A_cursor_away_from_any_finding_gets_no_actions()
    {
        await using var server = await InProcessServer.StartInitializedAsync();
        await server.Client.OpenAsync("file:///a.md", "Пришлите тексты!!!\n\nСпасибо.\n");

        var actions = await CodeActionsAsync(server, "file:///a.md", 2, 2);

        Assert.Empty(actions);
    }

    [Fact]
    public async Task A_selection_covering_several_findings_offers_a_fix_for_each()
    {
        await using var server = await InProcessServer.StartInitializedAsync();
        await server.Client.OpenAsync("file:///a.md", "Пришлите тексты!!!\nИ логотип!!!\n");

        var actions = await CodeActionsAsync(server, "file:///a.md", 0, 0, endLine: 1, endCharacter: 12);

        Assert.Equal(2, actions.Count(a => a["isPreferred"] is not null));
        Assert.Equal(2, actions.Count(a => a["title"]!.GetValue<string>() == "Disable ML7001 on this line"));
    }

    [Fact]
    public async Task In_an_email_the_subject_gets_its_fix_but_no_disable_line_that_would_break_the_headers()
    {
        await using var server = await InProcessServer.StartInitializedAsync();
        await server.Client.OpenAsync("file:///letter.eml", "To: anna@client.example\nSubject: Пришлите тексты!!!\n\nПришлите тексты!!!\n", "mail");

        var subject = await CodeActionsAsync(server, "file:///letter.eml", 1, 25);
        var body = await CodeActionsAsync(server, "file:///letter.eml", 3, 16);

        Assert.Equal(["Заменить на «.»"], subject.Select(a => a["title"]!.GetValue<string>()));
        Assert.Contains("Disable ML7001 on this line", body.Select(a => a["title"]!.GetValue<string>()));
    }

    internal static async Task<List<JsonObject>> CodeActionsAsync(InProcessServer server, string uri, int line, int character, string[]? only = null, int? endLine = null, int? endCharacter = null)
    {
        var response = await server.Client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri },
            range = new { start = new { line, character }, end = new { line = endLine ?? line, character = endCharacter ?? character } },
            context = new { diagnostics = Array.Empty<object>(), only },
        });
        return [.. response["result"]!.AsArray().Select(a => a!.AsObject())];
    }
}
