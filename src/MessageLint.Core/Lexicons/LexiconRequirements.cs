using System.Text;

namespace MessageLint.Core.Lexicons;

/// <summary>
/// Works out, for a lexicon expression, literal strings that every match must contain somewhere — not
/// only at its start, as anchors do: <c>\b(\p{L}{4,}[ыи])\s+такие\s+\1\b</c> has no anchor, but every
/// match holds "такие". A sentence without one of them cannot match, so the expression is not run on it:
/// an audit spent most of its regular-expression time trying expressions like that one at every position
/// of sentences they could never match. The expression is read at its top level only: a literal word, a
/// group of literal alternatives (<c>(?:дергать|отвлекать)</c>) or a plain character class that nothing
/// makes optional, and groups read the same way inside (a group of alternatives requires one of what each
/// alternative requires). When in doubt there is no
/// requirement, since a wrong one would silently drop findings.
/// </summary>
internal static class LexiconRequirements
{
    /// <summary>How many requirements one expression keeps at most (the longest ones).</summary>
    private const int MaximumRequirements = 3;

    /// <summary>Literals shorter than this occur in too many sentences to be worth a search.</summary>
    private const int MinimumLength = 3;

    /// <summary>
    /// Requirements of an already folded expression: each is a set of literals (folded as
    /// <see cref="LexiconAnchorIndex.Fold"/> folds text), one of which every match contains. Empty when none is known.
    /// </summary>
    public static string[][] ForExpression(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Contains("(?", StringComparison.Ordinal) && HasInlineOptions(source))
        {
            return [];
        }

        return [.. Usable(Of(source)).Take(MaximumRequirements)];
    }

    /// <summary>The sets worth a search, best (longest shortest literal) first.</summary>
    private static IEnumerable<string[]> Usable(List<string[]> sets)
        => sets
            .Where(set => set.Min(s => s.Length) >= MinimumLength || set.All(s => s.Length == 1 && !char.IsLetterOrDigit(s[0])))
            .Select(set => set.Distinct(StringComparer.Ordinal).ToArray())
            .OrderByDescending(set => set.Min(s => s.Length));

    /// <summary>
    /// The requirements of an expression or of a group's inside. With alternatives ("можно\s+ли|что\s+можно"),
    /// each alternative's best requirement joins one set, as long as every alternative has one: whichever
    /// alternative matches brings its literal.
    /// </summary>
    private static List<string[]> Of(string pattern)
    {
        var alternatives = SplitAlternatives(pattern);
        if (alternatives is null)
        {
            return [];
        }

        if (alternatives.Count == 1)
        {
            var found = new List<string[]>();
            return Collect(pattern, found) ? found : [];
        }

        var union = new List<string>();
        foreach (var alternative in alternatives)
        {
            var best = Usable(Of(alternative)).FirstOrDefault();
            if (best is null)
            {
                return [];
            }

            union.AddRange(best);
        }

        return [[.. union]];
    }

    /// <summary>The pattern's top-level alternatives (one when there is no "|"), or null when it cannot be read.</summary>
    private static List<string>? SplitAlternatives(string pattern)
    {
        var parts = new List<string>();
        var start = 0;
        var i = 0;
        while (i < pattern.Length)
        {
            switch (pattern[i])
            {
                case '\\' or '[' or '(':
                    i = AtomEnd(pattern, i);
                    if (i < 0)
                    {
                        return null;
                    }

                    continue;
                case '|':
                    parts.Add(pattern[start..i]);
                    start = i + 1;
                    break;
            }

            i++;
        }

        parts.Add(pattern[start..]);
        return parts;
    }

    /// <summary>
    /// Adds the requirements of one alternative-free level of an expression; false when it meets a "|" after all
    /// or something it cannot read (then nothing at this level is known to be required).
    /// </summary>
    private static bool Collect(string pattern, List<string[]> found)
    {
        var run = new StringBuilder();
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            switch (c)
            {
                case '|':
                    return false;
                case '\\':
                {
                    EndRun(run, found);
                    var end = EscapeEnd(pattern, i);
                    if (end < 0)
                    {
                        return false;
                    }

                    i = SkipQuantifier(pattern, end, out _);
                    continue;
                }

                case '[':
                {
                    EndRun(run, found);
                    var close = ClassEnd(pattern, i);
                    if (close < 0)
                    {
                        return false;
                    }

                    var next = SkipQuantifier(pattern, close + 1, out var optional);
                    if (!optional && PlainClass(pattern.AsSpan(i + 1, close - i - 1)) is { } members)
                    {
                        found.Add(members);
                    }

                    i = next;
                    continue;
                }

                case '(':
                {
                    EndRun(run, found);
                    var close = GroupEnd(pattern, i);
                    if (close < 0)
                    {
                        return false;
                    }

                    var next = SkipQuantifier(pattern, close + 1, out var optional);
                    var content = pattern[(i + 1)..close];
                    string? inner = content.StartsWith("?:", StringComparison.Ordinal) ? content[2..] : content.StartsWith('?') ? null : content;
                    if (!optional && inner is not null)
                    {
                        found.AddRange(Of(inner));
                    }

                    i = next;
                    continue;
                }

                case ')':
                    return false;
            }

            if (char.IsLetterOrDigit(c))
            {
                var next = SkipQuantifier(pattern, i + 1, out var quantified);
                if (quantified)
                {
                    // "такие?" or "a+": the letter may be missing or repeated, so the run ends before it.
                    EndRun(run, found);
                }
                else
                {
                    run.Append(LexiconAnchorIndex.Fold(c));
                }

                i = next;
                continue;
            }

            // Anything else (".", "^", "$", a space, punctuation) ends the run; a quantifier after it is skipped.
            EndRun(run, found);
            i = SkipQuantifier(pattern, i + 1, out _);
        }

        EndRun(run, found);
        return true;
    }

    private static void EndRun(StringBuilder run, List<string[]> found)
    {
        if (run.Length > 0)
        {
            found.Add([run.ToString()]);
            run.Clear();
        }
    }

    /// <summary>The members of a class written as plain characters ("[$€£]"), or null for ranges, negation and escapes.</summary>
    private static string[]? PlainClass(ReadOnlySpan<char> body)
    {
        if (body.Length == 0 || body[0] == '^' || body.ContainsAny('-', '\\', '['))
        {
            return null;
        }

        var members = new string[body.Length];
        for (var k = 0; k < body.Length; k++)
        {
            members[k] = LexiconAnchorIndex.Fold(body[k]).ToString();
        }

        return members;
    }

    /// <summary>Where the escape at <paramref name="start"/> ends (the index after it), or -1 when it cannot be read.</summary>
    private static int EscapeEnd(string pattern, int start)
    {
        if (start + 1 >= pattern.Length)
        {
            return -1;
        }

        var kind = pattern[start + 1];
        switch (kind)
        {
            case 'p' or 'P':
            case 'k' when start + 2 < pattern.Length && pattern[start + 2] is '<' or '\'' or '{':
            {
                var close = pattern.IndexOfAny(['}', '>', '\''], start + 3);
                return close < 0 ? -1 : close + 1;
            }

            case 'u':
                return start + 6 <= pattern.Length ? start + 6 : -1;
            case 'x':
                return start + 4 <= pattern.Length ? start + 4 : -1;
            case 'c':
                return start + 3 <= pattern.Length ? start + 3 : -1;
            default:
                return start + 2;
        }
    }

    /// <summary>The index of the "]" closing the class opened at <paramref name="start"/>, or -1.</summary>
    private static int ClassEnd(string pattern, int start)
    {
        var i = start + 1;
        if (i < pattern.Length && pattern[i] == '^')
        {
            i++;
        }

        // A "]" right after the opening bracket is a member, not the end.
        if (i < pattern.Length && pattern[i] == ']')
        {
            i++;
        }

        while (i < pattern.Length)
        {
            switch (pattern[i])
            {
                case '\\':
                    i += 2;
                    continue;
                case '[' when i + 1 < pattern.Length && pattern[i - 1] == '-':
                {
                    // Class subtraction: "[a-z-[aeiou]]".
                    var inner = ClassEnd(pattern, i);
                    if (inner < 0)
                    {
                        return -1;
                    }

                    i = inner + 1;
                    continue;
                }

                case ']':
                    return i;
            }

            i++;
        }

        return -1;
    }

    /// <summary>The index of the ")" closing the group opened at <paramref name="start"/>, or -1.</summary>
    private static int GroupEnd(string pattern, int start)
    {
        var depth = 0;
        var i = start;
        while (i < pattern.Length)
        {
            switch (pattern[i])
            {
                case '\\' or '[':
                    i = AtomEnd(pattern, i);
                    if (i < 0)
                    {
                        return -1;
                    }

                    continue;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    if (depth == 0)
                    {
                        return i;
                    }

                    break;
            }

            i++;
        }

        return -1;
    }

    /// <summary>The index after the escape, class or group that starts at <paramref name="start"/>, or -1 when it is not closed.</summary>
    private static int AtomEnd(string pattern, int start)
    {
        var close = pattern[start] switch
        {
            '\\' => start + 1,
            '[' => ClassEnd(pattern, start),
            _ => GroupEnd(pattern, start),
        };
        return close < 0 ? -1 : close + 1;
    }

    /// <summary>
    /// Skips a quantifier at <paramref name="start"/> ("?", "*", "+", "{n}", "{n,}", "{n,m}", each maybe lazy);
    /// <paramref name="quantified"/> says whether there was one, and the caller treats any as making the atom
    /// uncertain: optional, or repeated so that what follows is not one fixed string.
    /// </summary>
    private static int SkipQuantifier(string pattern, int start, out bool quantified)
    {
        quantified = false;
        if (start >= pattern.Length)
        {
            return start;
        }

        var i = start;
        switch (pattern[i])
        {
            case '?' or '*' or '+':
                i++;
                break;
            case '{':
            {
                var close = pattern.IndexOf('}', i);
                if (close < 0 || !IsCount(pattern.AsSpan(i + 1, close - i - 1)))
                {
                    return start;
                }

                i = close + 1;
                break;
            }

            default:
                return start;
        }

        quantified = true;
        if (i < pattern.Length && pattern[i] == '?')
        {
            i++;
        }

        return i;
    }

    /// <summary>"3", "3," or "3,5": the inside of a counted quantifier, not a literal brace.</summary>
    private static bool IsCount(ReadOnlySpan<char> inside)
    {
        var comma = inside.IndexOf(',');
        var first = comma < 0 ? inside : inside[..comma];
        if (first.Length == 0 || !first.ContainsOnlyDigits())
        {
            return false;
        }

        return comma < 0 || inside[(comma + 1)..] is var rest && (rest.Length == 0 || rest.ContainsOnlyDigits());
    }

    private static bool ContainsOnlyDigits(this ReadOnlySpan<char> span) => !span.ContainsAnyExceptInRange('0', '9');

    /// <summary>An inline "(?x)" would make white space and "#" mean something else: such an expression gets no requirement.</summary>
    private static bool HasInlineOptions(string source)
    {
        for (var i = source.IndexOf("(?", StringComparison.Ordinal); i >= 0; i = source.IndexOf("(?", i + 2, StringComparison.Ordinal))
        {
            var k = i + 2;
            while (k < source.Length && source[k] is 'i' or 'm' or 'n' or 's' or 'x' or '-')
            {
                if (source[k] == 'x')
                {
                    return true;
                }

                k++;
            }
        }

        return false;
    }
}
