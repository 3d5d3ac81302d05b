namespace MessageLint.Formats.Output;

/// <summary>
/// A file written as a stream and put in place only when complete: the bytes go to a temporary file
/// beside the target, and <see cref="Commit"/> renames it over the target. Disposed without a commit
/// — an exception, a crash of the run — the temporary file is deleted and the target left as it was.
/// </summary>
public sealed class AtomicFile : IDisposable
{
    private readonly string _target;
    private readonly string _temporary;
    private bool _committed;

    /// <summary>Starts writing a file.</summary>
    public AtomicFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        _target = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(_target) ?? ".";
        Directory.CreateDirectory(directory);
        _temporary = System.IO.Path.Combine(directory, $".{System.IO.Path.GetFileName(_target)}.{Guid.NewGuid():N}.messagelint.tmp");
        Stream = new FileStream(_temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
    }

    /// <summary>The stream to write to.</summary>
    public FileStream Stream { get; }

    /// <summary>The file's final path.</summary>
    public string Path => _target;

    /// <summary>Flushes to disk and renames the file into place.</summary>
    public void Commit()
    {
        if (_committed)
        {
            return;
        }

        Stream.Flush(flushToDisk: true);
        Stream.Dispose();
        File.Move(_temporary, _target, overwrite: true);
        _committed = true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Stream.Dispose();
        if (!_committed && File.Exists(_temporary))
        {
            File.Delete(_temporary);
        }
    }
}
