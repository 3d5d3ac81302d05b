namespace MessageLint.Audit;

/// <summary>
/// Who "I" am in an archive, by display name (--author) or stable ID (--from-id, such as Telegram's
/// "user123" or "channel456"): my messages are checked, everyone else's only counted.
/// </summary>
public sealed class AuthorFilter
{
    private readonly HashSet<string> _names;
    private readonly HashSet<string> _ids;

    /// <summary>Creates a filter; names match ignoring case, IDs exactly (a bare number also matches "user" + number).</summary>
    public AuthorFilter(IEnumerable<string> names, IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(ids);
        _names = new HashSet<string>(names.Select(n => n.Trim()).Where(n => n.Length > 0), StringComparer.OrdinalIgnoreCase);
        _ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids.Select(i => i.Trim()).Where(i => i.Length > 0))
        {
            _ids.Add(id);
            if (id.All(char.IsAsciiDigit))
            {
                _ids.Add("user" + id);
                _ids.Add("channel" + id);
            }
        }
    }

    /// <summary>The names given.</summary>
    public IReadOnlyCollection<string> Names => _names;

    /// <summary>The IDs given (with their "user"/"channel" forms).</summary>
    public IReadOnlyCollection<string> Ids => _ids;

    /// <summary>True when nothing was given.</summary>
    public bool IsEmpty => _names.Count == 0 && _ids.Count == 0;

    /// <summary>True when the author is me.</summary>
    public bool Matches(string? author, string? authorId)
        => (authorId is not null && _ids.Contains(authorId)) || (author is not null && _names.Contains(author.Trim()));
}
