using MessageLint.Audit;

namespace MessageLint.Cli.Commands;

/// <summary>
/// After an audit, names the filters that matched nothing in the whole input: a typo in --chat,
/// --author or --from-id would otherwise pass as a clean audit of zero messages. The census covers
/// every record, other shards' included, so a shard run judges the whole input too.
/// </summary>
public static class AuditFilterCheck
{
    private const int ChatsShown = 20;
    private const int AuthorsShown = 5;

    /// <summary>
    /// Writes an error for a --chat that names no chat and for author filters of which none matched
    /// (exit 2), or a warning when only some author values matched; true when the run must exit 2.
    /// </summary>
    public static bool Refuses(InputCensus census, IReadOnlyList<string> chats, bool tabularInput, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(census);
        ArgumentNullException.ThrowIfNull(chats);
        ArgumentNullException.ThrowIfNull(error);
        if (census.Records == 0)
        {
            // An empty input proves nothing about the filters.
            return false;
        }

        var refuses = false;
        var unmatchedChats = census.ChatsComplete ? census.UnmatchedChats(chats) : [];
        if (unmatchedChats.Count > 0)
        {
            refuses = true;
            var known = census.Chats.Count == 0
                ? "the input has no chats (--chat selects chats of a Telegram export)"
                : "the chats are: " + string.Join(", ", census.Chats.Take(ChatsShown).Select(c => c.Name is null ? c.Id : $"{c.Name} ({c.Id})"))
                    + (census.Chats.Count > ChatsShown ? $", … and {census.Chats.Count - ChatsShown} more" : string.Empty);
            error.WriteLine($"messagelint: error: {Quoted("--chat", unmatchedChats)} {(unmatchedChats.Count == 1 ? "matches" : "match")} no chat in the input; {known}");
        }

        var unmatched = census.UnmatchedNames.Select(n => ("--author", n)).Concat(census.UnmatchedIds.Select(i => ("--from-id", i))).ToList();
        if (unmatched.Count > 0)
        {
            var none = census.OwnRecords == 0;
            refuses |= none;
            var filters = string.Join(" and ", unmatched.GroupBy(u => u.Item1).Select(g => Quoted(g.Key, [.. g.Select(u => u.Item2)])));
            var seen = census.RecordsWithAuthor == 0
                ? "the input names no authors" + (tabularInput ? " (choose the author field with --author-column)" : string.Empty)
                : "the authors seen most are: " + string.Join(", ", census.TopAuthors(AuthorsShown));
            var consequence = none ? ", so none was checked as yours" : string.Empty;
            error.WriteLine($"messagelint: {(none ? "error" : "warning")}: {filters} matched no message in the input{consequence}; {seen}");
        }

        return refuses;
    }

    private static string Quoted(string option, IReadOnlyList<string> values) => $"{option} {string.Join(", ", values.Select(v => $"'{v}'"))}";
}
