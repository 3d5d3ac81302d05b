namespace MessageLint.Core.Lexicons;

/// <summary>
/// Works out, for a lexicon entry, literal strings one of which every match must start with (its
/// "anchors"), so <see cref="LexiconAnchorIndex"/> can tell that a chunk of entries cannot match a
/// sentence without running its regular expression. A phrase's anchor is its first word (or stem);
/// a <c>re:</c> entry is read with a small parser that follows literal characters and groups of
/// literal alternatives until the first character class, optional part or construct it does not
/// know. When in doubt the answer is null — "no anchors, always run the expression" — because a
/// wrong anchor would silently drop findings.
/// </summary>
internal static class LexiconAnchors
{
    /// <summary>More anchors than this for one entry is no longer a useful filter.</summary>
    private const int MaximumAnchors = 64;

    /// <summary>Anchors of a plain phrase entry (already folded), or null.</summary>
    public static IReadOnlyList<string>? ForPhrase(string phrase)
    {
        // A comma written in a phrase ("вы, как всегда") is matched literally and followed by "[\s,]+";
        // the index's walk reads any run of commas and white space as one space, so it splits words too.
        var words = phrase.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        // Words up to and including the first stem ("клиент~" matches any ending, so nothing after
        // it is certain); the phrase's "[\s,]+" between words is one space in the index's walk.
        var anchored = new List<string>();
        foreach (var word in words)
        {
            var stem = word.TrimEnd('~');
            if (stem.Length == 0)
            {
                break;
            }

            anchored.Add(stem);
            if (stem.Length != word.Length)
            {
                break;
            }
        }

        var anchor = string.Join(' ', anchored);
        return anchor.Length > 0 && IsSafe(anchor) ? [anchor.ToLowerInvariant()] : null;
    }

    /// <summary>
    /// White space and commas as <see cref="LexiconAnchorIndex"/> walks them: any run is one space.
    /// The index may then see an anchor where the expression wanted exactly one space or a comma —
    /// the expression still decides — but never miss one.
    /// </summary>
    public static string CollapseSeparators(string anchor)
    {
        var builder = new System.Text.StringBuilder(anchor.Length);
        foreach (var c in anchor)
        {
            if (LexiconAnchorIndex.IsSeparator(c))
            {
                if (builder.Length == 0 || builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Expressions already worked out in this process, seeded from the shipped cache
    /// (<see cref="LexiconAnchorCache"/>): the parser ran cold at every start, 70–100 ms for the
    /// shipped lexicons, and the sentence model's lexicon markers asked for many of the same expressions again.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>?> Known = new(StringComparer.Ordinal);

    /// <summary>Anchors of a <c>re:</c> entry's expression (already folded), or null.</summary>
    public static IReadOnlyList<string>? ForExpression(string pattern)
        => Known.TryGetValue(pattern, out var anchors) ? anchors : Known.GetOrAdd(pattern, Derive(pattern));

    /// <summary>Records anchors worked out before, so <see cref="ForExpression"/> need not parse the expression again.</summary>
    internal static void Remember(string pattern, IReadOnlyList<string>? anchors) => Known.TryAdd(pattern, anchors);

    /// <summary>Anchors of an expression, worked out by parsing it.</summary>
    internal static IReadOnlyList<string>? Derive(string pattern)
    {
        try
        {
            var position = 0;
            var result = ParseAlternation(pattern, ref position);
            if (position != pattern.Length || result.Prefixes is null || result.Prefixes.Count == 0)
            {
                return null;
            }

            var anchors = new List<string>(result.Prefixes.Count);
            foreach (var prefix in result.Prefixes)
            {
                // Every match that starts with a prefix starts with its safe beginning too ("another “"
                // is anchored on "another "); a prefix with no safe beginning leaves the entry unanchored.
                var safe = SafeBeginning(prefix);
                if (safe.Length == 0)
                {
                    return null;
                }

                anchors.Add(CollapseSeparators(safe.ToLowerInvariant()));
            }

            return [.. anchors.Distinct(StringComparer.Ordinal)];
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// Anchors use only characters whose every case-insensitive regex partner folds onto them
    /// under <see cref="LexiconAnchorIndex.Fold"/>: printable ASCII, Cyrillic, a little typography and emoji.
    /// </summary>
    private static bool IsSafe(string text) => SafeBeginning(text).Length == text.Length;

    /// <summary>The text up to its first character that <see cref="IsSafe"/> rejects.</summary>
    private static string SafeBeginning(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // Typographic quotes and the halves of an emoji's surrogate pair have no case partners at all.
            if (!(c is (>= ' ' and <= '~') or (>= 'а' and <= 'я') or (>= 'А' and <= 'Я') or 'ё' or 'Ё' or '«' or '»' or '—' or '–' or '…' or '’' or '‘' or '“' or '”' or '„'
                || char.IsSurrogate(c)))
            {
                return text[..i];
            }
        }

        return text;
    }

    private static (List<string>? Prefixes, bool FullyLiteral) ParseAlternation(string pattern, ref int position)
    {
        var union = new List<string>();
        var fullyLiteral = true;
        var known = true;
        while (true)
        {
            var (prefixes, literal) = ParseSequence(pattern, ref position);
            if (prefixes is null)
            {
                known = false;
            }
            else
            {
                union.AddRange(prefixes);
            }

            fullyLiteral &= literal;
            if (position < pattern.Length && pattern[position] == '|')
            {
                position++;
                continue;
            }

            break;
        }

        if (!known)
        {
            return (null, false);
        }

        var distinct = union.Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count <= MaximumAnchors ? (distinct, fullyLiteral) : (Shortened(distinct), false);
    }

    /// <summary>
    /// Too many prefixes cut to the longest length at which few enough remain: every match that starts
    /// with a prefix starts with its first characters too. "(?:с уважением|до связи|…)\s*[!.,]*" forks into
    /// more than <see cref="MaximumAnchors"/> endings but has only a handful of distinct beginnings.
    /// </summary>
    private static List<string>? Shortened(List<string> prefixes)
    {
        for (var length = prefixes.Max(p => p.Length) - 1; length > 0; length--)
        {
            var cut = prefixes.Select(p => p.Length > length ? p[..length] : p).Distinct(StringComparer.Ordinal).ToList();
            if (cut.Count <= MaximumAnchors)
            {
                return cut;
            }
        }

        return null;
    }

    /// <summary>
    /// Parses one alternative into atoms, then works out its prefixes: literals and groups of
    /// literal alternatives concatenate; an optional atom forks (with it, or straight on to the
    /// rest); anything else ends the prefix there.
    /// </summary>
    private static (List<string>? Prefixes, bool FullyLiteral) ParseSequence(string pattern, ref int position)
    {
        var atoms = new List<(Atom Atom, int Minimum, bool ExactlyOnce)>();
        while (position < pattern.Length && pattern[position] != '|' && pattern[position] != ')')
        {
            var atom = ParseAtom(pattern, ref position);
            var optionalOnce = position < pattern.Length && pattern[position] == '?';
            var (minimum, exactlyOnce) = ParseQuantifier(pattern, ref position);
            if (atom.Kind != AtomKind.ZeroWidth)
            {
                // "x?" is "x exactly once, or nothing": the fork below takes both branches. A run of
                // separators is one space to the index's walk, so "\s+" counts as exactly once.
                atoms.Add((atom, minimum, exactlyOnce || optionalOnce || atom.Kind == AtomKind.Separator));
            }
        }

        return PrefixesFrom(atoms, 0);
    }

    /// <summary>The prefixes every match of atoms[start..] begins with (null: unknown), and whether they are whole matches.</summary>
    private static (List<string>? Prefixes, bool FullyLiteral) PrefixesFrom(List<(Atom Atom, int Minimum, bool ExactlyOnce)> atoms, int start)
    {
        if (start == atoms.Count)
        {
            return ([string.Empty], true);
        }

        var (atom, minimum, exactlyOnce) = atoms[start];
        var strings = atom.Kind switch
        {
            AtomKind.Literal => [atom.Literal.ToString()],
            AtomKind.Separator => [" "],
            AtomKind.Group or AtomKind.Class => atom.Group,
            _ => null,
        };
        var complete = atom.Kind is AtomKind.Literal or AtomKind.Class or AtomKind.Separator || (atom.Kind == AtomKind.Group && atom.GroupIsLiteral);
        if (minimum == 0)
        {
            var rest = PrefixesFrom(atoms, start + 1);
            if (strings is null || rest.Prefixes is null)
            {
                return (null, false);
            }

            (List<string>? Prefixes, bool FullyLiteral) with = complete && exactlyOnce ? Concatenate(strings, rest) : (strings, false);
            if (with.Prefixes is null)
            {
                return (null, false);
            }

            return ([.. with.Prefixes.Concat(rest.Prefixes).Distinct(StringComparer.Ordinal)], false);
        }

        if (strings is null)
        {
            return (null, false);
        }

        if (!complete || !exactlyOnce)
        {
            return (strings, false);
        }

        return Concatenate(strings, PrefixesFrom(atoms, start + 1));
    }

    /// <summary>Every head followed by every prefix of the rest, or just the heads when the rest is unknown or too many.</summary>
    private static (List<string>? Prefixes, bool FullyLiteral) Concatenate(List<string> heads, (List<string>? Prefixes, bool FullyLiteral) rest)
    {
        if (rest.Prefixes is null || heads.Count * rest.Prefixes.Count > MaximumAnchors)
        {
            return (heads, false);
        }

        return ([.. heads.SelectMany(h => rest.Prefixes.Select(r => h + r)).Distinct(StringComparer.Ordinal)], rest.FullyLiteral);
    }

    private static Atom ParseAtom(string pattern, ref int position)
    {
        var c = pattern[position];
        switch (c)
        {
            case '(':
                return ParseGroup(pattern, ref position);
            case '[':
                if (pattern.AsSpan(position).StartsWith(@"[\s,]") || pattern.AsSpan(position).StartsWith(@"[,\s]"))
                {
                    position += 5;
                    return new Atom(AtomKind.Separator);
                }

                var members = ReadClass(pattern, ref position);
                return members is null ? new Atom(AtomKind.Other) : new Atom(AtomKind.Class, Group: members);
            case '\\':
                return ParseEscape(pattern, ref position);
            case '^':
            case '$':
                position++;
                return new Atom(AtomKind.ZeroWidth);
            case '.':
            case '*':
            case '+':
            case '?':
            case '{':
                position++;
                return new Atom(AtomKind.Other);
            default:
                position++;
                return LexiconAnchorIndex.IsSeparator(c) ? new Atom(AtomKind.Separator) : new Atom(AtomKind.Literal, c);
        }
    }

    private static Atom ParseGroup(string pattern, ref int position)
    {
        position++; // '('
        var zeroWidth = false;
        if (position < pattern.Length && pattern[position] == '?')
        {
            var rest = pattern.AsSpan(position);
            if (rest.StartsWith("?:"))
            {
                position += 2;
            }
            else if (rest.StartsWith("?<=") || rest.StartsWith("?<!"))
            {
                position += 3;
                zeroWidth = true;
            }
            else if (rest.StartsWith("?=") || rest.StartsWith("?!"))
            {
                position += 2;
                zeroWidth = true;
            }
            else if (rest.StartsWith("?<") || rest.StartsWith("?'"))
            {
                // A named group matches what its content matches; the name is not text.
                var close = pattern.IndexOf(rest[1] == '<' ? '>' : '\'', position + 2);
                position = close < 0 ? throw new FormatException("unterminated group name") : close + 1;
            }
            else
            {
                // Inline options, conditionals, atomic groups: not followed.
                throw new FormatException("unsupported group");
            }
        }

        var inner = ParseAlternation(pattern, ref position);
        if (position >= pattern.Length || pattern[position] != ')')
        {
            throw new FormatException("unbalanced group");
        }

        position++;
        return zeroWidth ? new Atom(AtomKind.ZeroWidth) : new Atom(AtomKind.Group, Group: inner.Prefixes, GroupIsLiteral: inner.FullyLiteral);
    }

    private static Atom ParseEscape(string pattern, ref int position)
    {
        if (position + 1 >= pattern.Length)
        {
            throw new FormatException("dangling escape");
        }

        var next = pattern[position + 1];
        position += 2;
        if (next is 'b' or 'B' or 'A' or 'z' or 'Z' or 'G')
        {
            return new Atom(AtomKind.ZeroWidth);
        }

        if (next is 'p' or 'P' && position < pattern.Length && pattern[position] == '{')
        {
            var close = pattern.IndexOf('}', position);
            position = close < 0 ? throw new FormatException("unterminated category") : close + 1;
            return new Atom(AtomKind.Other);
        }

        if (next == 's')
        {
            return new Atom(AtomKind.Separator);
        }

        if (next == 'd')
        {
            // Any decimal digit; LexiconAnchorIndex folds every Unicode digit onto 0–9.
            return new Atom(AtomKind.Class, Group: [.. "0123456789".Select(d => d.ToString())]);
        }

        if (char.IsLetterOrDigit(next))
        {
            // \w \s \d \n \t \uXXXX \xXX \k<name> \1 …: classes, controls or back-references.
            if (next is 'u')
            {
                position = Math.Min(pattern.Length, position + 4);
            }
            else if (next is 'x')
            {
                position = Math.Min(pattern.Length, position + 2);
            }
            else if (next is 'k' && position < pattern.Length && pattern[position] is '<' or '\'')
            {
                // \k<name>: a back-reference, text not known in advance; the name is not text.
                var close = pattern.IndexOf(pattern[position] == '<' ? '>' : '\'', position + 1);
                position = close < 0 ? throw new FormatException("unterminated back-reference") : close + 1;
            }
            else if (next is 'k')
            {
                throw new FormatException("back-reference");
            }

            return new Atom(AtomKind.Other);
        }

        return new Atom(AtomKind.Literal, next);
    }

    /// <summary>Reads a character class; its members when it is a short list of plain characters and ranges, else null.</summary>
    private static List<string>? ReadClass(string pattern, ref int position)
    {
        position++; // '['
        var negated = position < pattern.Length && pattern[position] == '^';
        if (negated)
        {
            position++;
        }

        var members = new List<char>();
        var plain = !negated;
        var first = true;
        while (position < pattern.Length && (pattern[position] != ']' || first))
        {
            first = false;
            var c = pattern[position];
            if (c == '[')
            {
                throw new FormatException("class subtraction");
            }

            if (c == '\\')
            {
                if (position + 1 >= pattern.Length)
                {
                    throw new FormatException("dangling escape");
                }

                var escaped = pattern[position + 1];
                position += 2;
                if (char.IsLetterOrDigit(escaped))
                {
                    plain = false;
                    if (escaped is 'p' or 'P' && position < pattern.Length && pattern[position] == '{')
                    {
                        var close = pattern.IndexOf('}', position);
                        position = close < 0 ? throw new FormatException("unterminated category") : close + 1;
                    }
                }
                else
                {
                    members.Add(escaped);
                }

                continue;
            }

            if (c == '-' && members.Count > 0 && position + 1 < pattern.Length && pattern[position + 1] is not ']' and not '\\' and not '[')
            {
                var from = members[^1];
                var to = pattern[position + 1];
                position += 2;
                if (to < from || to - from > 16)
                {
                    plain = false;
                    continue;
                }

                for (var m = (char)(from + 1); m <= to; m++)
                {
                    members.Add(m);
                }

                continue;
            }

            members.Add(c);
            position++;
        }

        if (position >= pattern.Length)
        {
            throw new FormatException("unterminated class");
        }

        position++; // ']'
        return plain && members.Count is > 0 and <= 16 ? [.. members.Distinct().Select(m => m.ToString())] : null;
    }

    /// <summary>Reads a quantifier after an atom: its minimum count and whether it is absent (exactly once).</summary>
    private static (int Minimum, bool ExactlyOnce) ParseQuantifier(string pattern, ref int position)
    {
        if (position >= pattern.Length)
        {
            return (1, true);
        }

        int minimum;
        switch (pattern[position])
        {
            case '?':
            case '*':
                minimum = 0;
                position++;
                break;
            case '+':
                minimum = 1;
                position++;
                break;
            case '{':
                var close = pattern.IndexOf('}', position);
                if (close < 0)
                {
                    return (1, true);
                }

                var body = pattern[(position + 1)..close];
                var comma = body.IndexOf(',', StringComparison.Ordinal);
                if (!int.TryParse(comma < 0 ? body : body[..comma], out minimum))
                {
                    // Not a quantifier: .NET reads the brace literally.
                    return (1, true);
                }

                position = close + 1;
                if (comma < 0 && minimum == 1)
                {
                    SkipLazySuffix(pattern, ref position);
                    return (1, true);
                }

                break;
            default:
                return (1, true);
        }

        SkipLazySuffix(pattern, ref position);
        return (minimum, false);
    }

    private static void SkipLazySuffix(string pattern, ref int position)
    {
        if (position < pattern.Length && pattern[position] is '?' or '+')
        {
            position++;
        }
    }

    private enum AtomKind
    {
        Literal,
        Group,
        Class,
        Separator,
        ZeroWidth,
        Other,
    }

    private readonly record struct Atom(AtomKind Kind, char Literal = '\0', List<string>? Group = null, bool GroupIsLiteral = false);
}
