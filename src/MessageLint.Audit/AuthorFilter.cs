namespace MessageLint.Audit;

/// <summary>
/// Who "I" am in an archive, by display name (--author) or stable ID (--from-id, such as Telegram's
/// "user123" or "channel456"): my messages are checked, everyone else's only counted.
/// </summary>
public sealed class AuthorFilter
{
    // Each accepted form maps back to the option value it came from, so a value that matched nothing can be named.
    private readonly Dictionary<string, string> _names;
    private readonly Dictionary<string, string> _ids;

    /// <summary>Creates a filter; names match ignoring case, IDs exactly (a bare number also matches "user" + number).</summary>
    public AuthorFilter(IEnumerable<string> names, IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(ids);
        _names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names.Select(n => n.Trim()).Where(n => n.Length > 0))
        {
            _names.TryAdd(name, name);
        }

        _ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in ids.Select(i => i.Trim()).Where(i => i.Length > 0))
        {
            _ids.TryAdd(id, id);
            if (id.All(char.IsAsciiDigit))
            {
                _ids.TryAdd("user" + id, id);
                _ids.TryAdd("channel" + id, id);
            }
        }
    }

    /// <summary>The names given.</summary>
    public IReadOnlyCollection<string> Names => [.. _names.Values.Distinct(StringComparer.Ordinal)];

    /// <summary>The IDs given, as given.</summary>
    public IReadOnlyCollection<string> Ids => [.. _ids.Values.Distinct(StringComparer.Ordinal)];

    /// <summary>True when nothing was given.</summary>
    public bool IsEmpty => _names.Count == 0 && _ids.Count == 0;

    /// <summary>True when the author is me.</summary>
    public bool Matches(string? author, string? authorId) => MatchedName(author) is not null || MatchedId(authorId) is not null;

    /// <summary>The --author value that matches this display name, or null.</summary>
    public string? MatchedName(string? author) => author is not null && _names.TryGetValue(author.Trim(), out var given) ? given : null;

    /// <summary>The --from-id value that matches this author ID, or null.</summary>
    public string? MatchedId(string? authorId) => authorId is not null && _ids.TryGetValue(authorId, out var given) ? given : null;
}
