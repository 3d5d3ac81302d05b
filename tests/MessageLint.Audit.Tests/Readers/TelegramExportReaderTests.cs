using MessageLint.Audit.Tests.Support;
using MessageLint.Formats.Archive;

namespace MessageLint.Audit.Tests.Readers;

public class TelegramExportReaderTests
{
    private static List<ArchiveRecord> Channel(string? username = "pixel_studio")
        => Records.ReadTelegram(Fixtures.Telegram("channel-result.json"), new TelegramReaderOptions { PublicUsername = username });

    [Fact]
    public void Every_message_of_a_channel_export_becomes_one_record_in_export_order()
    {
        var records = Channel();

        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"], records.Select(r => r.Id));
        Assert.All(records, r => Assert.Equal(new ArchiveChat("1733210057", "Студия «Пиксель»", "public_channel"), r.Chat));
    }

    [Fact]
    public void A_service_message_is_skipped_with_its_action()
    {
        var service = Channel().Single(r => r.Id == "1");

        Assert.Equal(ArchiveRecordKind.Skipped, service.Kind);
        Assert.Equal(SkipReasons.Service, service.Reason);
        Assert.Equal("action: create_channel", service.ReasonDetail);
    }

    [Fact]
    public void A_forwarded_post_is_skipped_as_someone_elses_words_and_says_from_whom()
    {
        var forwarded = Channel().Single(r => r.Id == "6");

        Assert.Equal(ArchiveRecordKind.Skipped, forwarded.Kind);
        Assert.Equal(SkipReasons.Forwarded, forwarded.Reason);
        Assert.Equal("forwarded from Чат дизайнеров", forwarded.ReasonDetail);
        Assert.Null(forwarded.Text);
    }

    [Fact]
    public void A_photo_without_a_caption_is_skipped_as_having_no_text()
    {
        var photo = Channel().Single(r => r.Id == "4");

        Assert.Equal(ArchiveRecordKind.Skipped, photo.Kind);
        Assert.Equal(SkipReasons.NoText, photo.Reason);
        Assert.Equal("photo", photo.ReasonDetail);
    }

    [Fact]
    public void A_reply_keeps_the_id_of_the_message_it_answers()
    {
        var reply = Channel().Single(r => r.Id == "8");

        Assert.Equal(ArchiveRecordKind.Message, reply.Kind);
        Assert.Equal("7", reply.ReplyToId);
    }

    [Fact]
    public void Text_given_as_an_array_of_strings_and_entities_is_joined_with_quotes_marked_for_skipping()
    {
        var post = Channel().Single(r => r.Id == "5");

        Assert.Equal(
            "Разбор кейса: новый сайт для пекарни. Клиент написал нам:\n> ПОЧЕМУ ТАК ДОЛГО!!!\nМы ответили спокойно и показали план. Подробности: https://example.com/case",
            post.Text);
    }

    [Fact]
    public void A_code_entity_is_wrapped_in_backticks_so_the_engine_skips_it()
    {
        var post = Channel().Single(r => r.Id == "9");

        Assert.Equal("Команда для сборки: `npm run build!!!` — запускаем перед каждой публикацией.", post.Text);
    }

    [Fact]
    public void The_local_date_is_the_exported_wall_clock_and_the_instant_comes_from_date_unixtime()
    {
        var post = Channel().Single(r => r.Id == "3");

        Assert.Equal(new DateTime(2024, 1, 16, 12, 2, 10), post.LocalDate);
        Assert.Equal(new DateTimeOffset(2024, 1, 16, 9, 2, 10, TimeSpan.Zero), post.Date);
    }

    [Fact]
    public void Posts_of_a_public_channel_link_to_t_me_when_the_username_is_given()
    {
        Assert.Equal("https://t.me/pixel_studio/3", Channel().Single(r => r.Id == "3").Link);
        Assert.Null(Channel(username: null).Single(r => r.Id == "3").Link);
    }

    [Fact]
    public void Each_record_points_at_the_line_where_its_object_starts()
    {
        var path = Fixtures.Telegram("channel-result.json");
        var lines = File.ReadAllLines(path);

        foreach (var record in Channel())
        {
            Assert.Equal("  {", lines[record.Line!.Value - 1]);
            Assert.Equal($"   \"id\": {record.Id},", lines[record.Line.Value]);
        }
    }

    [Fact]
    public void Malformed_records_are_reported_with_their_line_and_reading_goes_on()
    {
        var records = Records.ReadTelegram(Fixtures.Telegram("malformed-result.json"));

        Assert.Equal(8, records.Count);
        Assert.Equal(
            [ArchiveRecordKind.Message, ArchiveRecordKind.Failed, ArchiveRecordKind.Failed, ArchiveRecordKind.Failed, ArchiveRecordKind.Failed, ArchiveRecordKind.Failed, ArchiveRecordKind.Failed, ArchiveRecordKind.Message],
            records.Select(r => r.Kind));
        Assert.Equal("\"text\" must be a string or an array, not a number", records[1].Reason);
        Assert.Equal("\"id\" must be a whole number, not a string", records[2].Reason);
        Assert.Equal("the message has no \"date\"", records[3].Reason);
        Assert.Equal("a message must be a JSON object, not a number", records[4].Reason);
        Assert.Equal("\"text\"[1] must be a string or an object, not a number", records[5].Reason);
        Assert.Equal("\"date\" is not a date: \"вчера\"", records[6].Reason);
        Assert.All(records.Where(r => r.Kind == ArchiveRecordKind.Failed), r => Assert.NotNull(r.Line));
        Assert.Equal("Последний нормальный пост.", records[7].Text);
    }

    [Fact]
    public void A_full_export_reads_every_chat_of_chats_list_and_left_chats()
    {
        var records = Records.ReadTelegram(Fixtures.Telegram("full-export-result.json"));

        Assert.Equal(["2002/51", "2002/52", "1001/7", "1001/8", "3003/1"], records.Select(r => $"{r.Chat!.Id}/{r.Id}"));
        Assert.Equal("personal_chat", records[0].Chat!.Type);
        Assert.Null(records[2].Chat!.Name);
        Assert.Equal("public_channel", records[4].Chat!.Type);
    }

    [Fact]
    public void A_message_saved_from_another_chat_is_skipped_as_someone_elses_words()
    {
        var saved = Records.ReadTelegram(Fixtures.Telegram("full-export-result.json")).Single(r => r.Chat!.Id == "1001" && r.Id == "7");

        Assert.Equal(SkipReasons.Forwarded, saved.Reason);
        Assert.Equal("saved from Чат дизайнеров", saved.ReasonDetail);
    }

    [Fact]
    public void Chats_left_out_with_the_chat_option_are_skipped_not_dropped()
    {
        var records = Records.ReadTelegram(Fixtures.Telegram("full-export-result.json"), new TelegramReaderOptions { Chats = ["Олег Клиент"] });

        Assert.Equal(5, records.Count);
        Assert.Equal(2, records.Count(r => r.Kind == ArchiveRecordKind.Message));
        Assert.All(records.Where(r => r.Chat!.Id != "2002"), r => Assert.Equal(SkipReasons.OtherChat, r.Reason));
    }

    [Fact]
    public void The_exporters_backslash_x_escape_for_control_characters_is_read_as_that_character()
    {
        var records = Records.ReadTelegram(Fixtures.Telegram("control-escape-result.json"));

        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.Equal(ArchiveRecordKind.Message, r.Kind));
        Assert.Contains('\u000B', records[0].Text!);
    }

    [Fact]
    public void A_truncated_export_ends_with_a_failed_record_that_says_where_reading_stopped()
    {
        var bytes = File.ReadAllBytes(Fixtures.Telegram("channel-result.json"));
        var cut = bytes.AsSpan().IndexOf("\"id\": 7,"u8);
        using var reader = new TelegramExportReader(new MemoryStream(bytes[..cut]), "cut.json");

        var records = reader.ReadRecords().ToList();

        Assert.Equal(["1", "2", "3", "4", "5", "6"], records.Take(6).Select(r => r.Id));
        var last = records[^1];
        Assert.Equal(ArchiveRecordKind.Failed, last.Kind);
        Assert.StartsWith("invalid JSON, reading stopped here", last.Reason, StringComparison.Ordinal);
        Assert.NotNull(last.Line);
    }

    [Fact]
    public void A_file_that_is_not_an_export_is_one_failed_record()
    {
        using var reader = new TelegramExportReader(new MemoryStream("{\"hello\": 1}"u8.ToArray()), "other.json");

        var record = Assert.Single(reader.ReadRecords());

        Assert.Equal(ArchiveRecordKind.Failed, record.Kind);
        Assert.Contains("neither \"messages\" nor \"chats\"", record.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_messages_array_is_streamed_so_the_first_records_arrive_before_the_file_is_read()
    {
        using var stream = new GeneratedExportStream(messages: 200_000);
        using var reader = new TelegramExportReader(stream, "big.json");

        var first = reader.ReadRecords().Take(100).ToList();

        Assert.Equal(100, first.Count);
        Assert.All(first, r => Assert.Equal(ArchiveRecordKind.Message, r.Kind));
        Assert.True(stream.Produced < 1024 * 1024, $"read {stream.Produced} bytes of about {stream.ApproximateLength}");
        Assert.True(stream.ApproximateLength > 40 * 1024 * 1024);
    }

    [Fact]
    public void Invalid_UTF8_in_the_chat_header_ends_reading_with_a_failed_record_not_an_exception()
    {
        // Found by fuzzing: the tokenizer passed the bytes and decoding the string threw out of the reader.
        byte[] export = [.. "{\n \"name\": \"Chat\",\n \"type\": \"priv"u8, 0xE1, .. "te_chat\",\n \"messages\": []\n}\n"u8];
        using var reader = new TelegramExportReader(new MemoryStream(export), "result.json");

        var record = Assert.Single(reader.ReadRecords().ToList());

        Assert.Equal(ArchiveRecordKind.Failed, record.Kind);
        Assert.Equal(3, record.Line);
        Assert.StartsWith("invalid JSON, reading stopped here: A string cannot be read", record.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Messages_that_are_not_an_array_are_reported_as_such()
    {
        using var reader = new TelegramExportReader(new MemoryStream("{\"name\":\"x\",\"type\":\"public_channel\",\"id\":1,\"messages\":{\"a\":1}}"u8.ToArray()), "t2.json");

        var record = Assert.Single(reader.ReadRecords());

        Assert.Equal(ArchiveRecordKind.Failed, record.Kind);
        Assert.Equal("not a Telegram export: \"messages\" must be an array of messages, not an object", record.Reason);
    }

    [Theory]
    [InlineData("{\"id\":\"a1\",\"text\":\"Привет\"}\n{\"id\":\"a2\",\"text\":\"Как дела?\"}\n")]
    [InlineData("{\"id\":\"a1\",\"text\":\"Привет\"}\n")]
    public void Json_lines_in_a_json_file_get_a_hint_to_read_them_as_json_lines(string content)
    {
        using var reader = new TelegramExportReader(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content)), "lines.json");

        var record = Assert.Single(reader.ReadRecords());

        Assert.Equal(ArchiveRecordKind.Failed, record.Kind);
        Assert.EndsWith("it looks like JSON Lines (one message a line): read it with --input-format jsonl", record.Reason, StringComparison.Ordinal);
    }
}
