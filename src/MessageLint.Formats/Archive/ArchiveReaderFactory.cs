namespace MessageLint.Formats.Archive;

/// <summary>Opens the right reader for an archive, detecting the format from the input when asked to.</summary>
public static class ArchiveReaderFactory
{
    /// <summary>
    /// The format the inputs would be read as; with several inputs of different formats, the format of
    /// the first that is not <see cref="ArchiveInputFormat.Files"/> (each input is still read as its own).
    /// </summary>
    public static ArchiveInputFormat Detect(ArchiveSource source, string currentDirectory)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Format != ArchiveInputFormat.Auto)
        {
            return source.Format;
        }

        if (source.Inputs.Count == 0)
        {
            return ArchiveInputFormat.Jsonl;
        }

        return source.Inputs.Select(input => DetectOne(input, currentDirectory)).FirstOrDefault(f => f != ArchiveInputFormat.Files, ArchiveInputFormat.Files);
    }

    /// <summary>
    /// Opens the reader; <paramref name="standardInput"/> serves "-". Telegram, JSONL and CSV read one
    /// file or "-" each; several of them (or a mix with drafts) are read one after another. Files read
    /// any number of files, folders and globs.
    /// </summary>
    public static IArchiveReader Open(ArchiveSource source, string currentDirectory, Stream standardInput)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(standardInput);
        var inputs = source.Inputs.Count == 0 ? ["-"] : source.Inputs;
        if (inputs.Count(i => i == "-") > 1)
        {
            throw new ArgumentException("standard input ('-') can be read only once.");
        }

        var formats = inputs.Select(input => source.Format == ArchiveInputFormat.Auto ? DetectOne(input, currentDirectory) : source.Format).ToList();
        if (formats.All(f => f == ArchiveInputFormat.Files))
        {
            return new FileArchiveReader(inputs, source.Excludes, currentDirectory, source.MaxFileBytes);
        }

        if (inputs.Count == 1)
        {
            return OpenOne(source, inputs[0], formats[0], currentDirectory, standardInput);
        }

        // Neighbouring drafts (files, folders, globs) stay one reader, as they would be alone.
        var parts = new List<(string Name, Func<IArchiveReader> Open)>();
        for (var i = 0; i < inputs.Count;)
        {
            if (formats[i] == ArchiveInputFormat.Files)
            {
                var start = i;
                while (i < inputs.Count && formats[i] == ArchiveInputFormat.Files)
                {
                    i++;
                }

                var drafts = inputs.Skip(start).Take(i - start).ToList();
                parts.Add((string.Join(' ', drafts), () => new FileArchiveReader(drafts, source.Excludes, currentDirectory, source.MaxFileBytes)));
            }
            else
            {
                var (input, format) = (inputs[i], formats[i]);
                parts.Add((input, () => OpenOne(source, input, format, currentDirectory, standardInput)));
                i++;
            }
        }

        return new MultiArchiveReader(parts);
    }

    /// <summary>How one input is read when the format is detected: "-" is JSON Lines, a file by its extension, anything else drafts.</summary>
    private static ArchiveInputFormat DetectOne(string input, string currentDirectory)
    {
        if (input == "-")
        {
            return ArchiveInputFormat.Jsonl;
        }

        if (!File.Exists(Path.GetFullPath(input, currentDirectory)))
        {
            return ArchiveInputFormat.Files;
        }

        return Path.GetExtension(input).ToLowerInvariant() switch
        {
            ".json" => ArchiveInputFormat.Telegram,
            ".jsonl" or ".ndjson" => ArchiveInputFormat.Jsonl,
            ".csv" => ArchiveInputFormat.Csv,
            _ => ArchiveInputFormat.Files,
        };
    }

    private static IArchiveReader OpenOne(ArchiveSource source, string name, ArchiveInputFormat format, string currentDirectory, Stream standardInput)
    {
        if (format == ArchiveInputFormat.Files)
        {
            return new FileArchiveReader([name], source.Excludes, currentDirectory, source.MaxFileBytes);
        }

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
