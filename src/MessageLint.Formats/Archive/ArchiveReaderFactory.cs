namespace MessageLint.Formats.Archive;

/// <summary>Opens the right reader for an archive, detecting the format from the input when asked to.</summary>
public static class ArchiveReaderFactory
{
    /// <summary>The format an input would be read as.</summary>
    public static ArchiveInputFormat Detect(ArchiveSource source, string currentDirectory)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Format != ArchiveInputFormat.Auto)
        {
            return source.Format;
        }

        if (source.Inputs.Count == 0 || (source.Inputs.Count == 1 && source.Inputs[0] == "-"))
        {
            return ArchiveInputFormat.Jsonl;
        }

        if (source.Inputs.Count == 1 && File.Exists(Path.GetFullPath(source.Inputs[0], currentDirectory)))
        {
            var extension = Path.GetExtension(source.Inputs[0]).ToLowerInvariant();
            return extension switch
            {
                ".json" => ArchiveInputFormat.Telegram,
                ".jsonl" or ".ndjson" => ArchiveInputFormat.Jsonl,
                ".csv" => ArchiveInputFormat.Csv,
                _ => ArchiveInputFormat.Files,
            };
        }

        return ArchiveInputFormat.Files;
    }

    /// <summary>
    /// Opens the reader; <paramref name="standardInput"/> serves "-". Telegram, JSONL and CSV read one
    /// input (a file or "-"); files read any number of files, folders and globs.
    /// </summary>
    public static IArchiveReader Open(ArchiveSource source, string currentDirectory, Stream standardInput)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(standardInput);
        var format = Detect(source, currentDirectory);
        if (format == ArchiveInputFormat.Files)
        {
            return new FileArchiveReader(source.Inputs, source.Excludes, currentDirectory, source.MaxFileBytes);
        }

        if (source.Inputs.Count > 1)
        {
            throw new ArgumentException($"{format} input is one file or '-'; {source.Inputs.Count} were given.");
        }

        var name = source.Inputs.Count == 0 ? "-" : source.Inputs[0];
        Stream stream;
        long? length = null;
        string display;
        if (name == "-")
        {
            stream = standardInput;
            display = "<stdin>";
        }
        else
        {
            var file = new FileStream(Path.GetFullPath(name, currentDirectory), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            stream = file;
            length = file.Length;
            display = name;
        }

        return format switch
        {
            ArchiveInputFormat.Telegram => new TelegramExportReader(stream, display, length, source.Telegram),
            ArchiveInputFormat.Csv => new CsvArchiveReader(stream, display, source.Columns, length),
            _ => new JsonlArchiveReader(stream, display, source.Columns, length),
        };
    }
}
