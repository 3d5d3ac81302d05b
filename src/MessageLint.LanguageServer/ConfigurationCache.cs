using System.Collections.Concurrent;
using MessageLint.Core.Configuration;

namespace MessageLint.LanguageServer;

/// <summary>
/// Loads each <c>messagelint.json</c> once and again only when the file's time or size changes, so
/// a check while typing costs a stat call, and an edited configuration applies on the next check.
/// A file is read first without checking rule IDs (its own rules may define some), then once per
/// set of known rule IDs it is checked against.
/// </summary>
internal sealed class ConfigurationCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    private sealed record Entry(DateTime WriteTime, long Length, ConfigurationLoadResult Unchecked)
    {
        public ConcurrentDictionary<ISet<string>, ConfigurationLoadResult> Checked { get; } = new(ReferenceEqualityComparer.Instance);
    }

    /// <summary>The nearest configuration file for a folder, or null; searched every time, so a new file is seen at once.</summary>
    public static string? Find(string directory) => ConfigurationLoader.Find(directory);

    /// <summary>The configuration at a path with rule IDs not checked, read again only when the file changed.</summary>
    public ConfigurationLoadResult Load(string path) => Current(path).Unchecked;

    /// <summary>The configuration at a path, its <c>rules</c> checked against <paramref name="knownRuleIds"/>.</summary>
    public ConfigurationLoadResult Load(string path, ISet<string> knownRuleIds)
        => Current(path).Checked.GetOrAdd(knownRuleIds, ids => ConfigurationLoader.Load(path, ids));

    private Entry Current(string path)
    {
        var info = new FileInfo(path);
        var writeTime = info.Exists ? info.LastWriteTimeUtc : DateTime.MinValue;
        var length = info.Exists ? info.Length : -1;
        if (_entries.TryGetValue(path, out var entry) && entry.WriteTime == writeTime && entry.Length == length)
        {
            return entry;
        }

        entry = new Entry(writeTime, length, ConfigurationLoader.Load(path, knownRuleIds: null));
        _entries[path] = entry;
        return entry;
    }
}
