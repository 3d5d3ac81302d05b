using MessageLint.Audit.Tests.Support;
using MessageLint.Core.Text;
using MessageLint.Formats.Archive;

namespace MessageLint.Audit.Tests.Readers;

public class FileArchiveReaderTests
{
    [Fact]
    public void A_folder_of_drafts_is_read_one_file_a_message_minus_the_excluded_ones()
    {
        using var folder = new TempFolder();
        folder.Write("posts/2024/jan.md", "# Январь\n\nМакет готов.");
        folder.Write("posts/2024/feb.txt", "Февраль.");
        folder.Write("posts/drafts/wip.md", "Черновик.");
        folder.Write("posts/notes.json", "{}");
        using var reader = new FileArchiveReader(["posts"], ["posts/drafts/**"], folder.Path);

        var records = reader.ReadRecords().ToList();

        Assert.Equal(["posts/2024/feb.txt", "posts/2024/jan.md"], records.Select(r => r.Id));
        Assert.All(records, r => Assert.True(r.TextIsWholeFile));
        Assert.Equal(DocumentFormat.Markdown, records[1].Format);
    }

    [Fact]
    public void A_pattern_that_matches_nothing_and_an_unreadable_file_are_failed_records()
    {
        using var folder = new TempFolder();
        folder.Write("a.md", "Текст.");
        File.WriteAllBytes(folder.File("bin.txt"), [0x00, 0x01, 0x02]);
        using var reader = new FileArchiveReader(["a.md", "bin.txt", "missing/*.md"], [], folder.Path);

        var records = reader.ReadRecords().ToList();

        Assert.Equal(3, records.Count);
        Assert.Single(records, r => r.Kind == ArchiveRecordKind.Message);
        Assert.Contains(records, r => r.Kind == ArchiveRecordKind.Failed && r.Source == "missing/*.md");
        Assert.Contains(records, r => r.Kind == ArchiveRecordKind.Failed && r.Id == "bin.txt");
    }
}
