using System.Collections.Concurrent;
using MessageLint.Core.Configuration;

namespace MessageLint.LanguageServer;

/// <summary>
/// Loads each <c>messagelint.json</c> once and again only when the file's time or size changes, so
/// a check while typing costs a stat call, and an edited configuration applies on the next check.
/// </summary>
internal sealed class ConfigurationCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ISet<string> _knownRuleIds;

    private sealed record Entry(DateTime WriteTime, long Length, ConfigurationLoadResult Result);

    public ConfigurationCache(ISet<string> knownRuleIds)
    {
        _knownRuleIds = knownRuleIds;
    }

    /// <summary>The nearest configuration file for a folder, or null; searched every time, so a new file is seen at once.</summary>
    public static string? Find(string directory) => ConfigurationLoader.Find(directory);

    /// <summary>The configuration at a path, read again only when the file changed.</summary>
    public ConfigurationLoadResult Load(string path)
    {
        var info = new FileInfo(path);
        var writeTime = info.Exists ? info.LastWriteTimeUtc : DateTime.MinValue;
        var length = info.Exists ? info.Length : -1;
        if (_entries.TryGetValue(path, out var entry) && entry.WriteTime == writeTime && entry.Length == length)
        {
            return entry.Result;
        }

        var result = ConfigurationLoader.Load(path, _knownRuleIds);
        _entries[path] = new Entry(writeTime, length, result);
        return result;
    }
}
