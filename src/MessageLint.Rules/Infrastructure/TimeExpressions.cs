using System.Text.RegularExpressions;
using MessageLint.Core.Lexicons;

namespace MessageLint.Rules.Infrastructure;

/// <summary>
/// Finds concrete times in Russian and English prose — weekdays in every case, dates ("12.03",
/// "15 марта", "March 12", "on the 12th"), clock times ("10:30", "6 pm", "до 18"), days relative to
/// today ("завтра", "tonight"), bounded durations ("через 2 часа", "within 3 days") and windows
/// ("до конца недели", "next week"). A status that names one of these tells the client when to
/// expect something; rules and the classifier use the recogniser to tell that from "скоро".
/// Patterns are data: rules/lexicons/{ru,en}/time.&lt;kind&gt;.txt, both languages at once because
/// chat drafts mix them. A time right after a negator ("не сегодня", "not today") is not concrete.
/// </summary>
public static class TimeExpressions
{
    private static readonly (TimeExpressionKind Kind, string File)[] Kinds =
    [
        (TimeExpressionKind.Date, "time.date"),
        (TimeExpressionKind.ClockTime, "time.clock"),
        (TimeExpressionKind.Window, "time.window"),
        (TimeExpressionKind.Duration, "time.duration"),
        (TimeExpressionKind.Weekday, "time.weekday"),
        (TimeExpressionKind.RelativeDay, "time.relative"),
    ];

    private static readonly TieredRegex Pattern = Build();

    /// <summary>The lexicons the pattern is built from: when none of them can match, neither can the pattern.</summary>
    private static readonly Lazy<Lexicon[]> Sources = new(() => [.. Kinds.SelectMany(k => new[] { LexiconStore.Get("ru", k.File), LexiconStore.Get("en", k.File) })]);

    /// <summary>True when the prose names at least one concrete time that is not negated.</summary>
    public static bool ContainsConcrete(string prose) => FirstMatch(prose) is not null;

    /// <summary>The first concrete time in the prose, or null.</summary>
    public static TimeExpressionMatch? FirstMatch(string prose)
    {
        ArgumentNullException.ThrowIfNull(prose);
        if (CannotMatch(prose))
        {
            return null;
        }

        var folded = Lexicon.Fold(prose);
        for (var match = Pattern.Current.Match(folded); match.Success; match = match.NextMatch())
        {
            if (!Negation.IsNegated(prose, match.Index, window: 1))
            {
                return ToResult(match, prose);
            }
        }

        return null;
    }

    /// <summary>Every concrete time in the prose, in order, negated ones left out.</summary>
    public static IEnumerable<TimeExpressionMatch> Matches(string prose)
    {
        ArgumentNullException.ThrowIfNull(prose);
        return CannotMatch(prose) ? [] : AllMatches(prose);
    }

    /// <summary>Every concrete time, found without asking the anchor index first: the reference the index is tested against.</summary>
    internal static IEnumerable<TimeExpressionMatch> MatchesWithoutIndex(string prose) => AllMatches(prose);

    private static bool CannotMatch(string prose) => Sources.Value.All(lexicon => lexicon.CannotMatch(prose));

    private static IEnumerable<TimeExpressionMatch> AllMatches(string prose)
    {
        var folded = Lexicon.Fold(prose);
        for (var match = Pattern.Current.Match(folded); match.Success; match = match.NextMatch())
        {
            if (!Negation.IsNegated(prose, match.Index, window: 1))
            {
                yield return ToResult(match, prose);
            }
        }
    }

    private static TimeExpressionMatch ToResult(Match match, string prose)
    {
        var kind = TimeExpressionKind.Date;
        foreach (var (candidate, _) in Kinds)
        {
            if (match.Groups[candidate.ToString()].Success)
            {
                kind = candidate;
                break;
            }
        }

        return new TimeExpressionMatch(match.Index, match.Length, kind, prose.Substring(match.Index, match.Length));
    }

    private static TieredRegex Build()
    {
        var groups = new List<string>();
        foreach (var (kind, file) in Kinds)
        {
            var alternatives = new List<string>();
            foreach (var language in new[] { "ru", "en" })
            {
                var content = EmbeddedRuleResources.ReadLexicon(language, file)
                    ?? throw new InvalidOperationException($"Lexicon {language}/{file} is not embedded; expected rules/lexicons/{language}/{file}.txt.");
                alternatives.AddRange(Lexicon.EntryPatterns(content));
            }

            groups.Add($"(?<{kind}>{string.Join('|', alternatives)})");
        }

        return Lexicon.Compile(Lexicon.WholeWords(string.Join('|', groups)), RegexOptions.ExplicitCapture);
    }
}
