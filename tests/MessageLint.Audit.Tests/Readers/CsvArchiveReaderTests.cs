using MessageLint.Audit.Tests.Support;
using MessageLint.Formats.Archive;

namespace MessageLint.Audit.Tests.Readers;

public class CsvArchiveReaderTests
{
    [Fact]
    public void Rows_are_messages_with_columns_chosen_by_name()
    {
        var records = Records.ReadCsv(
            "msg_id,sent_at,who,body\n"
            + "m1,2024-02-01 10:00,Анна,\"Привет, макет готов.\"\n"
            + "m2,2024-02-02 11:00,Олег,\"Две строки:\nвторая строка\"\n",
            new ColumnMapping { Text = "body", Id = "msg_id", Date = "sent_at", Author = "who" });

        Assert.Equal(2, records.Count);
        Assert.Equal("m1", records[0].Id);
        Assert.Equal("Привет, макет готов.", records[0].Text);
        Assert.Equal("Анна", records[0].Author);
        Assert.Equal(new DateTime(2024, 2, 1, 10, 0, 0), records[0].LocalDate);
        Assert.Equal("Две строки:\nвторая строка", records[1].Text);
        Assert.Equal(2, records[0].Line);
        Assert.Equal(3, records[1].Line);
    }

    [Fact]
    public void Without_an_id_column_the_row_number_is_the_id()
    {
        var records = Records.ReadCsv("text\nfirst\nsecond\n");

        Assert.Equal(["1", "2"], records.Select(r => r.Id));
    }

    [Fact]
    public void A_header_without_the_text_column_fails_once_and_names_the_columns()
    {
        var record = Assert.Single(Records.ReadCsv("id,body\n1,hello\n"));

        Assert.Equal(ArchiveRecordKind.Failed, record.Kind);
        Assert.Equal("no \"text\" column (choose it with --text-column); the columns are: id, body", record.Reason);
    }

    [Fact]
    public void Empty_texts_are_skipped_and_bad_dates_fail_with_their_line()
    {
        var records = Records.ReadCsv("text,date\n,2024-01-01\nhello,not a date\nbye,2024-01-03\n");

        Assert.Equal([ArchiveRecordKind.Skipped, ArchiveRecordKind.Failed, ArchiveRecordKind.Message], records.Select(r => r.Kind));
        Assert.Equal(3, records[1].Line);
    }

    [Fact]
    public void A_row_with_broken_quoting_is_a_failed_record_and_the_rows_around_it_are_read()
    {
        var records = Records.ReadCsv("id,text\n1,fine\n2,\"broken \"quote\" here\n3,also fine\n");

        Assert.Contains(records, r => r.Kind == ArchiveRecordKind.Failed && r.Reason!.StartsWith("malformed CSV row", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Id == "1" && r.Kind == ArchiveRecordKind.Message);
        Assert.Contains(records, r => r.Id == "3" && r.Kind == ArchiveRecordKind.Message);
    }

    [Fact]
    public void A_chosen_column_the_header_lacks_fails_the_input_naming_the_columns()
    {
        var records = Records.ReadCsv("id,date,author,text\n1,2025-01-02,me,Привет\n", new ColumnMapping { Author = "who", Chosen = ColumnFields.Author });

        var record = Assert.Single(records);
        Assert.Equal(ArchiveRecordKind.Failed, record.Kind);
        Assert.Equal("no \"who\" column (chosen with --author-column); the columns are: id, date, author, text", record.Reason);
    }

    [Theory]
    [InlineData("", "the file has no header row")]
    [InlineData(",,\nx,y,z\n", "the first line names no columns")]
    public void A_file_without_column_names_says_so_instead_of_listing_nothing(string csv, string expected)
    {
        var record = Assert.Single(Records.ReadCsv(csv));

        Assert.Equal(ArchiveRecordKind.Failed, record.Kind);
        Assert.StartsWith("no \"text\" column (choose it with --text-column); " + expected, record.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("the columns are", record.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unnamed_column_is_shown_as_unnamed()
    {
        var record = Assert.Single(Records.ReadCsv("id,,body\n1,,hello\n"));

        Assert.Equal("no \"text\" column (choose it with --text-column); the columns are: id, (unnamed), body", record.Reason);
    }
}
