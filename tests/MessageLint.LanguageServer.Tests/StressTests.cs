using System.Text;
using System.Text.Json.Nodes;
using MessageLint.Core.Text;
using MessageLint.LanguageServer.Tests.Support;

namespace MessageLint.LanguageServer.Tests;

/// <summary>
/// The server under stress: a barrage of malformed JSON-RPC, a 5 MB draft (with maxSize raised), a thousand rapid edits,
/// a client that vanishes mid-work, and a soak of open-edit-close cycles bounded in iterations. The
/// server keeps serving or exits cleanly, and its memory does not grow with the documents it has closed.
/// </summary>
public sealed class StressTests
{
    private const string Finding = "Пришлите тексты!!!";
    private const string CleanLine = "Макет главной готов, ссылку пришлю завтра до обеда.";

    [Fact]
    public async Task A_barrage_of_malformed_frames_gets_answers_and_the_server_keeps_serving()
    {
        await using var server = await InProcessServer.StartInitializedAsync();
        string[] frames =
        [
            "null", "[]", "[1, 2, 3]", "{}", "\"text\"", "42", "{\"jsonrpc\": \"1.0\", \"id\": 1}",
            "{\"jsonrpc\": \"2.0\", \"id\": {}, \"method\": 5}",
            new string('[', 10_000) + new string(']', 10_000),
            "{\"jsonrpc\": \"2.0\", \"method\": \"textDocument/didOpen\", \"params\": {\"textDocument\": null}}",
            "{\"jsonrpc\": \"2.0\", \"method\": \"textDocument/didChange\", \"params\": {\"textDocument\": {\"uri\": \"file:///never-opened.md\", \"version\": 2}, \"contentChanges\": [{\"range\": {\"start\": {\"line\": -5, \"character\": 99}}, \"text\": \"x\"}]}}",
            "{\"jsonrpc\": \"2.0\", \"id\": 9, \"method\": \"textDocument/hover\", \"params\": {\"textDocument\": {\"uri\": \"file:///never-opened.md\"}, \"position\": {\"line\": 2147483647, \"character\": -1}}}",
            "{\"jsonrpc\": \"2.0\", \"id\": 10, \"method\": \"textDocument/codeAction\", \"params\": null}",
        ];

        foreach (var frame in frames)
        {
            await server.Client.SendRawAsync(frame);
        }

        await server.Client.SendRawBytesAsync([0x7B, 0xFF, 0xFE, 0xC3, 0x28, 0x7D]);
        await server.Client.SendRawBytesAsync([]);
        await server.Client.OpenAsync("file:///after.md", Finding + "\n");
        var published = await server.Client.WaitForDiagnosticsAsync("file:///after.md");
        var hover = await server.Client.RequestAsync("textDocument/hover", new { textDocument = new { uri = "file:///after.md" }, position = new { line = 0, character = 16 } });

        Assert.Single(published["diagnostics"]!.AsArray());
        Assert.NotNull(hover["result"]);
        Assert.False(server.Server.IsCompleted);
    }

    /// <summary>Framing the server refuses to read: each ends the connection with exit code 1 and a log line, never a crash.</summary>
    public static TheoryData<string, string> BrokenFrames => new()
    {
        { "Content-Type: application/json\r\nX-Nonsense: yes\r\n\r\n{}", "no valid Content-Length" },
        { "Content-Length: 2147483647\r\n\r\n{}", "Content-Length 2147483647" },
        { "X-Padding: " + new string('x', 64 * 1024), "longer than" },
    };

    [Theory]
    [MemberData(nameof(BrokenFrames))]
    public async Task Broken_framing_ends_the_connection_before_anything_is_buffered(string frame, string logged)
    {
        await using var server = await InProcessServer.StartInitializedAsync();

        await server.Client.SendUnframedAsync(frame);
        var exitCode = await server.Server.WaitAsync(LspTestClient.Timeout);

        Assert.Equal(1, exitCode);
        Assert.Contains(logged, server.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_five_megabyte_draft_is_checked_once_max_size_allows_it_and_the_server_still_answers()
    {
        await using var server = await InProcessServer.StartInitializedAsync(new { maxSize = 8 * 1024 * 1024 });
        var text = BigDraft(5 * 1024 * 1024);
        var lastLine = LineMap.Create(text).LineCount - 2;

        await server.Client.OpenAsync("file:///big.md", text);
        var published = await server.Client.WaitForDiagnosticsAsync("file:///big.md");
        var hover = await server.Client.RequestAsync("textDocument/hover", new { textDocument = new { uri = "file:///big.md" }, position = new { line = lastLine, character = 16 } });

        Assert.True(Encoding.UTF8.GetByteCount(text) >= 5 * 1024 * 1024);
        var diagnostic = Assert.Single(published["diagnostics"]!.AsArray())!;
        Assert.Equal(lastLine, diagnostic["range"]!["start"]!["line"]!.GetValue<int>());
        Assert.NotNull(hover["result"]);
    }

    [Fact]
    public async Task A_thousand_rapid_edits_end_in_the_diagnostics_of_the_last_version()
    {
        await using var server = await InProcessServer.StartInitializedAsync();
        var text = CleanLine + "\n";
        await server.Client.OpenAsync("file:///typing.md", text);

        for (var version = 2; version <= 1001; version++)
        {
            // Type one character at a time at the end of the first line, then a line break now and then.
            var typed = version % 50 == 0 ? "\n" + Finding : version % 7 == 0 ? "!" : "а";
            var column = text.IndexOf('\n', StringComparison.Ordinal);
            var line = 0;
            await server.Client.NotifyAsync("textDocument/didChange", new
            {
                textDocument = new { uri = "file:///typing.md", version },
                contentChanges = new[] { new { range = new { start = new { line, character = column }, end = new { line, character = column } }, text = typed } },
            });
            text = text.Insert(column, typed);
        }

        var last = await server.Client.WaitForDiagnosticsAsync("file:///typing.md", 1001);
        await server.Client.OpenAsync("file:///fresh.md", text);
        var fresh = await server.Client.WaitForDiagnosticsAsync("file:///fresh.md");

        Assert.Equal(Ranges(fresh), Ranges(last));
        var versions = server.Client.ReceivedMessages
            .Where(m => m["method"]?.GetValue<string>() == "textDocument/publishDiagnostics" && m["params"]!["uri"]!.GetValue<string>() == "file:///typing.md")
            .Select(m => m["params"]!["version"]?.GetValue<int>() ?? 0)
            .ToList();
        Assert.Equal(versions.Order(), versions);
    }

    [Fact]
    public async Task A_client_that_vanishes_mid_check_ends_the_server_cleanly()
    {
        var server = await InProcessServer.StartInitializedAsync();
        await server.Client.OpenAsync("file:///big.md", BigDraft(1024 * 1024));
        for (var version = 2; version <= 50; version++)
        {
            await server.Client.ChangeFullAsync("file:///big.md", version, BigDraft(64 * 1024));
        }

        await server.Client.DisposeAsync();
        var exitCode = await server.Server.WaitAsync(LspTestClient.Timeout);

        Assert.Equal(1, exitCode);
    }

    [Fact]
    public async Task Memory_stays_bounded_over_two_hundred_open_edit_close_cycles()
    {
        await using var server = await InProcessServer.StartInitializedAsync();
        var draft = BigDraft(32 * 1024);
        await Cycles(server, 0, 40, draft);
        var baseline = GC.GetTotalMemory(forceFullCollection: true);

        await Cycles(server, 40, 240, draft);
        var after = GC.GetTotalMemory(forceFullCollection: true);

        // 200 documents of 32 KB, each with two versions and an analysis, would hold well over 16 MB if closed ones were kept.
        Assert.True(after - baseline < 16 * 1024 * 1024, $"Memory grew by {(after - baseline) / 1024} KB over 200 closed documents.");
        Assert.False(server.Server.IsCompleted);
    }

    private static async Task Cycles(InProcessServer server, int from, int to, string draft)
    {
        for (var i = from; i < to; i++)
        {
            var uri = $"file:///soak/{i}.md";
            await server.Client.OpenAsync(uri, draft);
            await server.Client.ChangeFullAsync(uri, 2, draft + Finding + "\n");
            await server.Client.WaitForDiagnosticsAsync(uri, 2);
            await server.Client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri } });
            var cleared = await server.Client.WaitForDiagnosticsAsync(uri, null);
            while (cleared["diagnostics"]!.AsArray().Count > 0)
            {
                cleared = await server.Client.WaitForDiagnosticsAsync(uri, null);
            }
        }
    }

    /// <summary>Clean prose up to the size, then one line with a finding at the end.</summary>
    private static string BigDraft(int bytes)
    {
        var builder = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(builder.ToString()) < bytes)
        {
            for (var i = 0; i < 1000; i++)
            {
                builder.Append(CleanLine).Append('\n');
            }
        }

        return builder.Append('\n').Append(Finding).Append('\n').ToString();
    }

    private static List<string> Ranges(JsonObject published)
        => [.. published["diagnostics"]!.AsArray().Select(d => $"{d!["code"]} {d["range"]!.ToJsonString()}")];
}
