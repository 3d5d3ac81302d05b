using MessageLint.Audit.Tests.Support;
using MessageLint.Formats.Archive;

namespace MessageLint.Audit.Tests.Readers;

public class MultiArchiveReaderTests
{
    private static IArchiveReader Open(TempFolder folder, params string[] inputs)
        => ArchiveReaderFactory.Open(new ArchiveSource { Inputs = inputs }, folder.Path, Stream.Null);

    [Fact]
    public void Several_jsonl_files_are_each_read_as_jsonl_in_the_order_given()
    {
        using var folder = new TempFolder();
        folder.Write("jan.jsonl", "{\"id\": 1, \"text\": \"Январь.\"}\n{\"id\": 2, \"text\": \"Ещё январь.\"}\n");
        folder.Write("feb.jsonl", "{\"id\": 1, \"text\": \"Февраль.\"}\n");
        using var reader = Open(folder, "jan.jsonl", "feb.jsonl");

        var records = reader.ReadRecords().ToList();

        Assert.Equal(["Январь.", "Ещё январь.", "Февраль."], records.Select(r => r.Text));
        Assert.Equal(["jan.jsonl", "jan.jsonl", "feb.jsonl"], records.Select(r => r.Scope));
        Assert.All(records, r => Assert.False(r.TextIsWholeFile));
        Assert.Equal(ArchiveInputFormat.Jsonl, ArchiveReaderFactory.Detect(new ArchiveSource { Inputs = ["jan.jsonl", "feb.jsonl"] }, folder.Path));
        Assert.Equal(1.0, reader.Progress);
    }

    [Fact]
    public void A_csv_file_and_a_folder_of_drafts_are_read_each_in_its_own_format()
    {
        using var folder = new TempFolder();
        folder.Write("chat.csv", "id,text\n7,Макет готов.\n");
        folder.Write("posts/a.md", "Пост.");
        folder.Write("posts/b.md", "Ещё пост.");
        using var reader = Open(folder, "posts", "chat.csv");

        var records = reader.ReadRecords().ToList();

        Assert.Equal(["posts/a.md", "posts/b.md", "7"], records.Select(r => r.Id));
        Assert.Equal([true, true, false], records.Select(r => r.TextIsWholeFile));
        Assert.Equal(["posts", "posts", "chat.csv"], records.Select(r => r.Scope));
    }

    [Fact]
    public void An_input_that_cannot_be_opened_is_a_failed_record_and_the_others_are_still_read()
    {
        using var folder = new TempFolder();
        folder.Write("a.jsonl", "{\"text\": \"Первое.\"}\n");
        folder.Write("c.jsonl", "{\"text\": \"Третье.\"}\n");
        var source = new ArchiveSource { Inputs = ["a.jsonl", "gone.jsonl", "c.jsonl"], Format = ArchiveInputFormat.Jsonl };
        using var reader = ArchiveReaderFactory.Open(source, folder.Path, Stream.Null);

        var records = reader.ReadRecords().ToList();

        Assert.Equal([ArchiveRecordKind.Message, ArchiveRecordKind.Failed, ArchiveRecordKind.Message], records.Select(r => r.Kind));
        Assert.Equal("gone.jsonl", records[1].Source);
        Assert.Equal("file not found", records[1].Reason);
    }

    [Fact]
    public void Standard_input_named_twice_is_refused()
    {
        using var folder = new TempFolder();

        var error = Assert.Throws<ArgumentException>(() => Open(folder, "-", "-"));

        Assert.Contains("only once", error.Message, StringComparison.Ordinal);
    }
}
