using System.Text;
using MessageLint.Formats.Archive;

namespace MessageLint.Audit.Tests.Support;

/// <summary>Reads every record of an archive, for reader tests.</summary>
public static class Records
{
    public static List<ArchiveRecord> ReadTelegram(string path, TelegramReaderOptions? options = null)
    {
        using var reader = TelegramExportReader.Open(path, Path.GetFileName(path), options);
        return [.. reader.ReadRecords()];
    }

    public static List<ArchiveRecord> ReadJsonl(string content, ColumnMapping? columns = null)
    {
        using var reader = new JsonlArchiveReader(new MemoryStream(Encoding.UTF8.GetBytes(content)), "in.jsonl", columns);
        return [.. reader.ReadRecords()];
    }

    public static List<ArchiveRecord> ReadCsv(string content, ColumnMapping? columns = null)
    {
        using var reader = new CsvArchiveReader(new MemoryStream(Encoding.UTF8.GetBytes(content)), "in.csv", columns);
        return [.. reader.ReadRecords()];
    }
}
