using MessageLint.Audit.Tests.Support;
using MessageLint.Formats.Archive;

namespace MessageLint.Audit.Tests.Readers;

public class JsonlArchiveReaderTests
{
    [Fact]
    public void Each_line_is_a_message_with_the_default_fields()
    {
        var records = Records.ReadJsonl("""
            {"id": "a1", "text": "Макет готов.", "date": "2024-03-01T10:00:00+03:00", "author": "Анна"}
            {"id": 7, "text": "Second one.", "date": 1709280000, "author": "Ann"}
            """);

        Assert.Equal(2, records.Count);
        Assert.Equal("a1", records[0].Id);
        Assert.Equal("Макет готов.", records[0].Text);
        Assert.Equal("Анна", records[0].Author);
        Assert.Equal(new DateTime(2024, 3, 1, 10, 0, 0), records[0].LocalDate);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 7, 0, 0, TimeSpan.Zero), records[0].Date);
        Assert.Equal("7", records[1].Id);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1709280000), records[1].Date);
        Assert.Equal(2, records[1].Line);
    }

    [Fact]
    public void Columns_can_be_renamed_and_reached_through_nested_objects()
    {
        var records = Records.ReadJsonl(
            """{"message": {"body": "Привет", "sent": "2024-05-05 09:30"}, "user": {"name": "Олег"}, "uid": "m-1"}""",
            new ColumnMapping { Text = "message.body", Date = "message.sent", Author = "user.name", Id = "uid" });

        var record = Assert.Single(records);
        Assert.Equal("Привет", record.Text);
        Assert.Equal("Олег", record.Author);
        Assert.Equal("m-1", record.Id);
        Assert.Equal(new DateTime(2024, 5, 5, 9, 30, 0), record.LocalDate);
        Assert.Null(record.Date);
    }

    [Fact]
    public void Without_an_id_field_the_line_number_is_the_id_and_blank_lines_are_not_records()
    {
        var records = Records.ReadJsonl("{\"text\": \"one\"}\n\n   \n{\"text\": \"two\"}\n");

        Assert.Equal(["1", "4"], records.Select(r => r.Id));
    }

    [Fact]
    public void Broken_lines_are_failed_records_with_their_line_numbers()
    {
        var records = Records.ReadJsonl("""
            {"text": "fine"}
            {"text": "unterminated
            [1, 2]
            {"body": "no text field"}
            {"text": 5}
            {"text": null}
            {"text": "fine again", "date": "someday"}
            {"text": "last"}
            """);

        Assert.Equal(8, records.Count);
        Assert.Equal(
            [ArchiveRecordKind.Message, ArchiveRecordKind.Failed, ArchiveRecordKind.Failed, ArchiveRecordKind.Failed, ArchiveRecordKind.Failed, ArchiveRecordKind.Skipped, ArchiveRecordKind.Failed, ArchiveRecordKind.Message],
            records.Select(r => r.Kind));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], records.Select(r => r.Line!.Value));
        Assert.StartsWith("not valid JSON", records[1].Reason, StringComparison.Ordinal);
        Assert.Equal("each line must be a JSON object, not array", records[2].Reason);
        Assert.Equal("no \"text\" field (choose the text field with --text-column)", records[3].Reason);
        Assert.Equal("\"text\" must be a string, not number", records[4].Reason);
        Assert.Equal(SkipReasons.NoText, records[5].Reason);
        Assert.Equal("\"date\" is not a date: \"someday\"", records[6].Reason);
    }

    [Fact]
    public void A_line_that_is_not_valid_UTF8_fails_alone_and_reading_goes_on()
    {
        // Found by fuzzing: JsonDocument accepted the bytes and reading the text threw, ending the whole archive.
        byte[] content = [.. "{\"text\": \"bad \""u8, 0xC3, 0x28, .. "\"}\n{\"text\": \"next\"}\n"u8];
        using var reader = new JsonlArchiveReader(new MemoryStream(content), "messages.jsonl");

        var records = reader.ReadRecords().ToList();

        Assert.Equal([ArchiveRecordKind.Failed, ArchiveRecordKind.Message], records.Select(r => r.Kind));
        Assert.Equal("not valid UTF-8; save the file as UTF-8", records[0].Reason);
        Assert.Equal("next", records[1].Text);
    }

    [Theory]
    [InlineData("{\"text\": \"\\ud800\\ud800\"}")]
    [InlineData("{\"\\ud800\\ud800\": 1, \"text\": \"ok\"}")]
    public void A_line_with_a_broken_surrogate_escape_fails_alone_and_reading_goes_on(string line)
    {
        // Found by fuzzing: the line parses as JSON, and reading the string threw out of the reader.
        var records = Records.ReadJsonl(line + "\n{\"text\": \"next\"}\n");

        Assert.Equal([ArchiveRecordKind.Failed, ArchiveRecordKind.Message], records.Select(r => r.Kind));
        Assert.StartsWith("a string in this line cannot be read", records[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chosen_field_that_no_line_has_is_one_failed_record_at_the_end()
    {
        var records = Records.ReadJsonl(
            "{\"id\": 1, \"text\": \"Привет\", \"when\": \"2025-01-02\"}\n{\"id\": 2, \"text\": \"Пока\"}\n",
            new ColumnMapping { Date = "when", Author = "who", Chosen = ColumnFields.Date | ColumnFields.Author });

        Assert.Equal(3, records.Count);
        Assert.All(records.Take(2), r => Assert.Equal(ArchiveRecordKind.Message, r.Kind));
        Assert.Equal(ArchiveRecordKind.Failed, records[2].Kind);
        Assert.Equal("no line has a \"who\" field (chosen with --author-column); the first line's fields are: id, text, when", records[2].Reason);
    }
}

