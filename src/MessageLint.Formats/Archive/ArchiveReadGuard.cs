using System.Text.Json;

namespace MessageLint.Formats.Archive;

/// <summary>
/// Runs a reader's record sequence and turns an error that ends reading — broken JSON, a truncated
/// file, an I/O error — into a last failed record with its location, so nothing ends silently.
/// </summary>
internal static class ArchiveReadGuard
{
    public static IEnumerable<ArchiveRecord> Guard(IEnumerable<ArchiveRecord> records, string source, Func<int?> currentLine)
    {
        using var enumerator = records.GetEnumerator();
        while (true)
        {
            ArchiveRecord? failure = null;
            bool hasNext;
            try
            {
                hasNext = enumerator.MoveNext();
            }
            catch (JsonException ex)
            {
                var line = ex.LineNumber is { } l ? (int)Math.Min(int.MaxValue, l + 1) : currentLine();
                failure = ArchiveRecord.Failure(source, line, $"invalid JSON, reading stopped here: {FirstSentence(ex.Message)}");
                hasNext = false;
            }
            catch (IOException ex)
            {
                failure = ArchiveRecord.Failure(source, currentLine(), $"read error, reading stopped here: {ex.Message}");
                hasNext = false;
            }
            catch (UnauthorizedAccessException ex)
            {
                failure = ArchiveRecord.Failure(source, currentLine(), $"permission denied: {ex.Message}");
                hasNext = false;
            }

            if (failure is not null)
            {
                yield return failure;
                yield break;
            }

            if (!hasNext)
            {
                yield break;
            }

            yield return enumerator.Current;
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }
}
