using MessageLint.Formats.Archive;

namespace MessageLint.Audit;

/// <summary>
/// What the whole input held, taken from every record before shard and author filtering: which
/// --author and --from-id values matched a record, and the authors and chats met. A filter that
/// matches nothing is almost always a typo, and without this it would pass as a clean audit of zero
/// messages. Memory is bounded: past <see cref="MaxDistinct"/> distinct authors or chats, new ones are
/// no longer recorded (and <see cref="ChatsComplete"/> turns false).
/// </summary>
public sealed class InputCensus
{
    /// <summary>The most distinct authors, and chats, remembered.</summary>
    public const int MaxDistinct = 10_000;

    private readonly AuthorFilter? _own;
    private readonly Dictionary<(string? Name, string? Id), long> _authors = [];
    private readonly List<ArchiveChat> _chats = [];
    private readonly HashSet<ArchiveChat> _chatSet = [];
    private readonly HashSet<string> _matchedNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _matchedIds = new(StringComparer.Ordinal);

    /// <summary>Starts a census for the given author filter (null when none was given).</summary>
    public InputCensus(AuthorFilter? own)
    {
        _own = own;
    }

    /// <summary>Records seen.</summary>
    public long Records { get; private set; }

    /// <summary>Records that name an author (by name or ID).</summary>
    public long RecordsWithAuthor { get; private set; }

    /// <summary>Records whose author matched --author or --from-id.</summary>
    public long OwnRecords { get; private set; }

    /// <summary>The chats met, in input order.</summary>
    public IReadOnlyList<ArchiveChat> Chats => _chats;

    /// <summary>False when there were more chats than could be remembered, so a chat filter cannot be judged.</summary>
    public bool ChatsComplete { get; private set; } = true;

    /// <summary>The --author values that matched no record.</summary>
    public IReadOnlyList<string> UnmatchedNames => _own is null ? [] : [.. _own.Names.Where(n => !_matchedNames.Contains(n))];

    /// <summary>The --from-id values that matched no record.</summary>
    public IReadOnlyList<string> UnmatchedIds => _own is null ? [] : [.. _own.Ids.Where(i => !_matchedIds.Contains(i))];

    /// <summary>Counts one record.</summary>
    public void Add(ArchiveRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Records++;
        if (record.Chat is { } chat && !_chatSet.Contains(chat))
        {
            if (_chatSet.Count < MaxDistinct)
            {
                _chatSet.Add(chat);
                _chats.Add(chat);
            }
            else
            {
                ChatsComplete = false;
            }
        }

        if (record.Author is null && record.AuthorId is null)
        {
            return;
        }

        RecordsWithAuthor++;
        var key = (record.Author, record.AuthorId);
        if (_authors.TryGetValue(key, out var count))
        {
            _authors[key] = count + 1;
        }
        else if (_authors.Count < MaxDistinct)
        {
            _authors.Add(key, 1);
        }

        if (_own is null)
        {
            return;
        }

        var name = _own.MatchedName(record.Author);
        var id = _own.MatchedId(record.AuthorId);
        if (name is not null)
        {
            _matchedNames.Add(name);
        }

        if (id is not null)
        {
            _matchedIds.Add(id);
        }

        if (name is not null || id is not null)
        {
            OwnRecords++;
        }
    }

    /// <summary>The authors with the most records, most first, as "Name (id)" or just the name when the ID is the same.</summary>
    public IReadOnlyList<string> TopAuthors(int count)
        => [.. _authors
            .OrderByDescending(a => a.Value)
            .ThenBy(a => a.Key.Name ?? a.Key.Id, StringComparer.Ordinal)
            .Take(count)
            .Select(a => Describe(a.Key.Name, a.Key.Id))];

    /// <summary>The --chat values that name none of the chats met.</summary>
    public IReadOnlyList<string> UnmatchedChats(IEnumerable<string> filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        return [.. filters.Where(f => !_chats.Any(c => c.IsNamed(f)))];
    }

    private static string Describe(string? name, string? id)
        => name is null ? id! : id is null || string.Equals(name, id, StringComparison.Ordinal) ? name : $"{name} ({id})";
}
