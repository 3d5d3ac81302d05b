using System.Globalization;
using System.Text;

namespace MessageLint.Audit;

/// <summary>
/// One shard of an archive, "i/n": the records whose key hashes to i − 1 modulo n. The hash (64-bit
/// FNV-1a over the key's UTF-8) depends only on the key, so every shard of a run, on any machine,
/// agrees on who owns which message, and shards 1..n together cover each record exactly once.
/// </summary>
/// <param name="Index">The shard's 1-based index.</param>
/// <param name="Count">How many shards there are.</param>
public sealed record ShardSpec(int Index, int Count)
{
    /// <summary>Parses "i/n" with 1 ≤ i ≤ n; null when malformed.</summary>
    public static ShardSpec? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0
            || !int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count < 1 || index < 1 || index > count)
        {
            return null;
        }

        return new ShardSpec(index, count);
    }

    /// <summary>True when the record with this key belongs to the shard.</summary>
    public bool Contains(string key) => Count == 1 || (int)(Hash(key) % (ulong)Count) == Index - 1;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    /// <summary>64-bit FNV-1a of the key's UTF-8 bytes.</summary>
    public static ulong Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        const ulong offset = 14695981039346656037;
        const ulong prime = 1099511628211;
        Span<byte> buffer = stackalloc byte[256];
        var bytes = Encoding.UTF8.GetMaxByteCount(key.Length) <= buffer.Length ? buffer[..Encoding.UTF8.GetBytes(key, buffer)] : Encoding.UTF8.GetBytes(key);
        var hash = offset;
        foreach (var b in bytes)
        {
            hash ^= b;
            hash *= prime;
        }

        return hash;
    }
}
