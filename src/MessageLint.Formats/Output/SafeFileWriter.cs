using System.Text;

namespace MessageLint.Formats.Output;

/// <summary>
/// Rewrites or creates files without risking the user's data: the new content goes to a temporary
/// file in the same folder, is flushed to disk, then renamed over the target, so an interruption
/// leaves either the old file or the new one, never half of each. A temporary file left by a killed
/// run (<c>.name.PID.GUID.messagelint.tmp</c>) is removed by the next write to the same file once
/// its process is gone.
/// </summary>
public static class SafeFileWriter
{
    private const string TemporarySuffix = ".messagelint.tmp";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes a whole file atomically.</summary>
    public static void Write(string path, string content, bool withBom = false)
    {
        ArgumentNullException.ThrowIfNull(content);
        Write(path, stream =>
        {
            if (withBom)
            {
                stream.Write(Encoding.UTF8.Preamble);
            }

            stream.Write(Utf8NoBom.GetBytes(content));
        });
    }

    /// <summary>
    /// Writes a whole file atomically from a stream writer (a model, a binary report): if
    /// <paramref name="write"/> throws, the target keeps its old content and no temporary is left.
    /// </summary>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        var fullPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(fullPath) ?? ".";
        Directory.CreateDirectory(directory);
        var name = Path.GetFileName(fullPath);
        RemoveStaleTemporaries(directory, name);
        var temporary = Path.Combine(directory, $".{name}.{Environment.ProcessId}.{Guid.NewGuid():N}{TemporarySuffix}");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            WriteInterruptionHook.HoldBeforeRename(temporary);
            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>
    /// Deletes this file's temporary siblings whose writing process no longer runs: what a run
    /// killed between writing and renaming leaves. Only names of exactly our pattern are touched,
    /// and never one a live process may still rename.
    /// </summary>
    private static void RemoveStaleTemporaries(string directory, string name)
    {
        var prefix = $".{name}.";
        IEnumerable<string> candidates;
        try
        {
            candidates = Directory.EnumerateFiles(directory, $".*{TemporarySuffix}").ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var candidate in candidates)
        {
            var fileName = Path.GetFileName(candidate);
            if (!fileName.StartsWith(prefix, StringComparison.Ordinal) || !fileName.EndsWith(TemporarySuffix, StringComparison.Ordinal))
            {
                continue;
            }

            var middle = fileName[prefix.Length..^TemporarySuffix.Length].Split('.');
            if (middle.Length != 2 || middle[1].Length != 32 || !middle[1].All(char.IsAsciiHexDigit)
                || !int.TryParse(middle[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var processId)
                || IsRunning(processId))
            {
                continue;
            }

            try
            {
                File.Delete(candidate);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Another run may be cleaning up the same file; what is left is retried next time.
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        if (processId == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>
    /// Replaces a UTF-8 file's text only if it still holds <paramref name="expected"/>; returns null
    /// on success or the reason it refused (the file changed since it was read, or is not UTF-8).
    /// </summary>
    public static string? ReplaceIfUnchanged(string path, string expected, string replacement)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"cannot be re-read before fixing: {ex.Message}";
        }

        var hasBom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble);
        string current;
        try
        {
            current = new UTF8Encoding(false, true).GetString(bytes, hasBom ? 3 : 0, bytes.Length - (hasBom ? 3 : 0));
        }
        catch (DecoderFallbackException)
        {
            return "is not UTF-8; --fix only rewrites UTF-8 files";
        }

        if (!string.Equals(current, expected, StringComparison.Ordinal))
        {
            return "changed since it was read; not fixed (run again)";
        }

        try
        {
            Write(path, replacement, hasBom);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"cannot be written: {ex.Message}";
        }

        return null;
    }
}
