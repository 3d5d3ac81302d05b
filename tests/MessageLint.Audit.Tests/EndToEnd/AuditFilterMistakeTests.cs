using System.Text;
using MessageLint.Audit.Tests.Support;
using MessageLint.Cli;

namespace MessageLint.Audit.Tests.EndToEnd;

/// <summary>Filters, columns and options that match nothing are reported, never passed as a clean audit of zero messages.</summary>
public class AuditFilterMistakeTests
{
    private const string TwoChats = """
        {"about":"x","chats":{"about":"y","list":[
         {"name":"Анна","type":"personal_chat","id":11,"messages":[
          {"id":1,"type":"message","date":"2025-01-06T10:00:00","date_unixtime":"1736157600","from":"Анна","from_id":"user2","text":"Как дела с макетом?"},
          {"id":2,"type":"message","date":"2025-01-06T23:30:00","date_unixtime":"1736206200","from":"Я","from_id":"user1","text":"Как я уже писал, скоро пришлю."}]},
         {"name":"Борис","type":"personal_chat","id":12,"messages":[
          {"id":1,"type":"message","date":"2025-01-07T10:00:00","date_unixtime":"1736244000","from":"Я","from_id":"user1","text":"Which color do you want?"}]}
        ]},"left_chats":{"list":[]}}
        """;

    [Theory]
    [InlineData("9-18x")]
    [InlineData("10:00-19:00x")]
    [InlineData("24:00-25:00")]
    [InlineData("10:60-11:00")]
    [InlineData("99:99-10:00")]
    [InlineData("19:00-10:00")]
    public void Malformed_working_hours_are_a_usage_error_not_an_internal_error(string hours)
    {
        using var folder = new TempFolder();
        folder.Write("result.json", TwoChats);

        var result = InProcessCli.Run(folder.Path, null, "audit", "result.json", "--working-hours", hours);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("messagelint: error: --working-hours must be a range within one day, HH:MM-HH:MM", result.Error, StringComparison.Ordinal);
        Assert.Contains("overnight", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void Short_working_hours_are_accepted()
    {
        using var folder = new TempFolder();
        folder.Write("result.json", TwoChats);

        var result = InProcessCli.Run(folder.Path, null, "audit", "result.json", "--working-hours", "9-18", "--from-id", "user1", "--json", "out.json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("\"workingHours\":\"09:00-18:00 Mon,Tue,Wed,Thu,Fri\"", folder.Read("out.json"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--from-id", "user999")]
    [InlineData("--author", "nobody")]
    public void An_author_filter_that_matches_no_message_is_an_error_naming_the_authors_seen(string option, string value)
    {
        using var folder = new TempFolder();
        folder.Write("result.json", TwoChats);

        var result = InProcessCli.Run(folder.Path, null, "audit", "result.json", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("read 3 = checked 0 + skipped 3 + failed 0", result.Output, StringComparison.Ordinal);
        Assert.Contains("average score —", result.Output, StringComparison.Ordinal);
        Assert.Equal(
            $"messagelint: error: {option} '{value}' matched no message in the input, so none was checked as yours; the authors seen most are: Я (user1), Анна (user2)",
            result.Error.TrimEnd());
    }

    [Fact]
    public void A_shard_judges_author_filters_against_the_whole_input_too()
    {
        using var folder = new TempFolder();
        folder.Write("result.json", TwoChats);

        var mine = InProcessCli.Run(folder.Path, null, "audit", "result.json", "--from-id", "user1", "--shard", "2/2", "--fail-on", "none");
        var typo = InProcessCli.Run(folder.Path, null, "audit", "result.json", "--from-id", "user999", "--shard", "2/2", "--fail-on", "none");

        Assert.Equal(0, mine.ExitCode);
        Assert.Equal(string.Empty, mine.Error);
        Assert.Equal(2, typo.ExitCode);
        Assert.Contains("--from-id 'user999' matched no message in the input", typo.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_author_value_that_matches_nothing_beside_one_that_matches_is_only_a_warning()
    {
        using var folder = new TempFolder();
        folder.Write("result.json", TwoChats);

        var result = InProcessCli.Run(folder.Path, null, "audit", "result.json", "--from-id", "user1", "--author", "Old Name", "--fail-on", "none");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("messagelint: warning: --author 'Old Name' matched no message in the input; the authors seen most are: Я (user1)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chat_filter_that_names_no_chat_is_an_error_listing_the_chats()
    {
        using var folder = new TempFolder();
        folder.Write("result.json", TwoChats);

        var result = InProcessCli.Run(folder.Path, null, "audit", "result.json", "--chat", "nosuchchat");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("messagelint: error: --chat 'nosuchchat' matches no chat in the input; the chats are: Анна (11), Борис (12)", result.Error.TrimEnd());
    }

    [Theory]
    [InlineData("--text-column")]
    [InlineData("--author-column")]
    public void A_column_option_on_a_telegram_export_is_an_error_not_ignored(string option)
    {
        using var folder = new TempFolder();
        folder.Write("result.json", TwoChats);

        var result = InProcessCli.Run(folder.Path, null, "audit", "result.json", option, "message");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("messagelint: error: --text-column, --id-column, --date-column and --author-column map the fields of JSON Lines and CSV; this input was read as telegram", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void A_chat_filter_on_an_input_without_chats_is_an_error()
    {
        using var folder = new TempFolder();
        folder.Write("chat.jsonl", "{\"text\": \"Всё готово.\"}\n");

        var result = InProcessCli.Run(folder.Path, null, "audit", "chat.jsonl", "--chat", "Анна");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--chat 'Анна' matches no chat in the input; the input has no chats", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mapped_csv_column_that_does_not_exist_is_an_error_listing_the_columns()
    {
        using var folder = new TempFolder();
        folder.Write("m.csv", "id,date,author,text\n1,2025-01-02T10:00:00,me,\"Всё готово.\"\n");

        var result = InProcessCli.Run(folder.Path, null, "audit", "m.csv", "--author-column", "who", "--date-column", "when");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(
            "failed: m.csv:1: no \"when\" column (chosen with --date-column); no \"who\" column (chosen with --author-column); the columns are: id, date, author, text",
            result.Output,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_mapped_jsonl_field_that_no_line_has_is_an_error_listing_the_fields()
    {
        using var folder = new TempFolder();
        folder.Write("m.jsonl", "{\"id\": \"a1\", \"author\": \"me\", \"text\": \"Всё готово.\"}\n");

        var result = InProcessCli.Run(folder.Path, null, "audit", "m.jsonl", "--id-column", "msg_id");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("failed: m.jsonl: no line has a \"msg_id\" field (chosen with --id-column); the first line's fields are: id, author, text", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_columns_may_be_absent()
    {
        using var folder = new TempFolder();
        folder.Write("m.csv", "text\n\"Всё готово, отправил файлы.\"\n");

        var result = InProcessCli.Run(folder.Path, null, "audit", "m.csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("read 1 = checked 1 + skipped 0 + failed 0", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void No_inputs_with_a_terminal_on_stdin_is_a_usage_error_instead_of_a_wait()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new CliEnvironment(new MemoryStream(Encoding.UTF8.GetBytes("{\"text\": \"Всё готово.\"}\n")), output, error, Path.GetTempPath(), IsInputTerminal: true, IsOutputTerminal: false, NoColor: true);

        var code = CliApplication.Run(["audit"], environment);

        Assert.Equal(2, code);
        Assert.StartsWith("messagelint: error: audit needs an input: a Telegram export (result.json), a .jsonl or .csv file, files, folders", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("piped on standard input", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, output.ToString());
    }

    [Fact]
    public void No_inputs_with_piped_stdin_reads_json_lines()
    {
        using var folder = new TempFolder();

        var result = InProcessCli.Run(folder.Path, "{\"text\": \"Всё готово, отправил файлы.\"}\n", "audit");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("read 1 = checked 1 + skipped 0 + failed 0", result.Output, StringComparison.Ordinal);
    }
}
