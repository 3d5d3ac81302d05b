using MessageLint.Core.Configuration;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Lexicons;
using MessageLint.Core.Text;
using MessageLint.Rules.Infrastructure;

namespace MessageLint.Rules.Principle4;

/// <summary>
/// ML4001: a status with progress or an ETA but no concrete next step or time ("скоро", "в процессе",
/// "almost done", "when I have time"). A day, date, time or bounded window anywhere in the sentence
/// or in a short message makes the status concrete ("Работаю над этим. Пришлю завтра до 12."), unless
/// the writer hedges it away ("сегодня-завтра, как получится"). Requests to the client and quoted
/// words are not the writer's status.
/// </summary>
public sealed class ML4001VagueStatus : MessageRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "ML4001",
        new LocalizedText("Status without a concrete time", "Статус без конкретного срока"),
        new LocalizedText("\"{0}\" gives the client no day or time to plan around: say when the next step will happen", "«{0}» не даёт клиенту ни дня, ни времени: скажите, когда будет следующий шаг"),
        Principle.PredictableStatus,
        Severity.Warning,
        profileSeverities: new Dictionary<string, Severity>
        {
            [BuiltInProfiles.StatusUpdate] = Severity.Warning,
            [BuiltInProfiles.PublicPost] = Severity.Info,
        },
        corpusLabels: ["vague-status"]);

    /// <summary>A message of at most this many sentences is judged as a whole: a time in any sentence covers the rest.</summary>
    private const int ShortMessageSentences = 5;

    /// <summary>In a longer message, a time this many sentences away in the same paragraph still covers the status.</summary>
    private const int NeighbourDistance = 2;

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedDescriptors { get; } = [Descriptor];

    /// <inheritdoc />
    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterSentenceAction(AnalyzeSentence);
    }

    private static void AnalyzeSentence(SentenceContext context)
    {
        var sentence = context.Sentence;
        var hedge = RuleLanguage.FirstUnquoted(sentence, "ML4001.hedge", checkNegation: false);
        var marker = hedge ?? FirstVagueMarker(context.Document, sentence);
        if (marker is not { } found || IsNotStatus(sentence) || IsAskedOfClient(sentence, found))
        {
            return;
        }

        if (hedge is null && HasConcreteTimeNearby(context.Document, sentence, found))
        {
            return;
        }

        var language = RuleLanguage.OutputLanguage(context);
        new ModelAwareReporter(context, Descriptor).ReportAt(
            found.Index,
            found.Length,
            [found.Value],
            [AddTimeSuggestion(sentence, language)],
            [new Evidence("phrase", found.Value)]);
    }

    private static bool IsNotStatus(Sentence sentence) => RuleLanguage.AnyMatch(sentence, "ML4001.not-status");

    /// <summary>
    /// True when a request to the client ("please", "could you", «пожалуйста») comes before the marker in the same
    /// clause with no "I" or "we" taking over in between: "Подпишите, пожалуйста, когда будет возможность" asks for
    /// something, while "please open an issue and I'll get to it when I can" and "Извините, пожалуйста, но я
    /// работаю, скоро отпишусь" still promise vaguely. A request after the marker ("almost done, please be
    /// patient") leaves the status a status, and so does a request whose marker is itself a plea to wait ("so please
    /// be patient", «пожалуйста, потерпите»: ML4001.wait).
    /// </summary>
    private static bool IsAskedOfClient(Sentence sentence, LexiconMatch marker)
    {
        var prose = sentence.Prose;
        foreach (var lexicon in RuleLanguage.LexiconsFor(sentence, "ML4001.request"))
        {
            foreach (var request in lexicon.Matches(prose))
            {
                var end = request.Index + request.Length;
                if (end > marker.Index)
                {
                    break;
                }

                if (!QuotedSpeech.IsInsideQuotes(prose, request.Index)
                    && Clause.WordsBetween(prose, end, marker.Index) >= 0
                    && !SelfDirection.HasWriterSubject(prose, end, marker.Index))
                {
                    return !RuleLanguage.MatchesWhole(sentence, "ML4001.wait", marker.Value);
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The first vague marker, leaving out a progress marker that promises nothing ("still in progress",
    /// «в работе») when the draft asks for feedback on the unfinished work ("would love your input on the
    /// layout so far!"): that is sharing work, not a status. An ETA after it ("…, will send it soon") still is.
    /// </summary>
    private static LexiconMatch? FirstVagueMarker(MessageDocument document, Sentence sentence)
    {
        var first = RuleLanguage.FirstUnquoted(sentence, "ML4001.vague", checkNegation: true);
        if (first is not { } found || !RuleLanguage.MatchesWhole(sentence, "ML4001.progress", found.Value) || !AsksForFeedback(document))
        {
            return first;
        }

        return RuleLanguage.FirstUnquoted(sentence, "ML4001.vague", checkNegation: true, accept: m => !RuleLanguage.MatchesWhole(sentence, "ML4001.progress", m.Value));
    }

    private static bool AsksForFeedback(MessageDocument document)
    {
        foreach (var other in document.Sentences)
        {
            if (other.Language != MessageLanguage.Other && RuleLanguage.FirstUnquoted(other, "ML4001.invite", checkNegation: true) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a concrete time stands in the sentence or near it. A time inside the vague marker itself does not
    /// count: "the ETA could be 1 day, but also 1 month" names two durations to say it cannot name one.
    /// </summary>
    private static bool HasConcreteTimeNearby(MessageDocument document, Sentence sentence, LexiconMatch marker)
    {
        if (HasUnquotedTime(sentence, marker))
        {
            return true;
        }

        // A short message is read whole; a long one only around the sentence, so a huge one-paragraph
        // paste costs each vague sentence a few neighbours, not every sentence of the draft.
        var sentences = document.Sentences;
        var isShort = sentences.Count <= ShortMessageSentences;
        var from = isShort ? 0 : Math.Max(0, sentence.Index - NeighbourDistance);
        var to = isShort ? sentences.Count - 1 : Math.Min(sentences.Count - 1, sentence.Index + NeighbourDistance);
        for (var i = from; i <= to; i++)
        {
            var other = sentences[i];
            if (other.Index != sentence.Index && (isShort || other.ParagraphIndex == sentence.ParagraphIndex) && HasUnquotedTime(other))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasUnquotedTime(Sentence sentence, LexiconMatch? marker = null)
    {
        var prose = sentence.Prose;
        foreach (var time in TimeExpressions.Matches(prose))
        {
            var insideMarker = marker is { } m && time.Index >= m.Index && time.Index < m.Index + m.Length;
            if (!insideMarker && !QuotedSpeech.IsInsideQuotes(prose, time.Index) && !IsInside(sentence, time.Index, "ML4001.busy") && !IsInside(sentence, time.Index, "ML4001.spread"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the time lies inside a match of the list: a time right after a word of the writer's load says when they
    /// are busy, not when the next step comes ("I'm a bit behind this month", «на этой неделе завал»: ML4001.busy), and a
    /// window of two weeks or months names no day to plan by ("this week or next", «на этой или следующей неделе»:
    /// ML4001.spread, twenty-eighth session, blind set AP).
    /// </summary>
    private static bool IsInside(Sentence sentence, int timeIndex, string lexiconName)
    {
        foreach (var lexicon in RuleLanguage.LexiconsFor(sentence, lexiconName))
        {
            foreach (var match in lexicon.Matches(sentence.Prose))
            {
                if (match.Index <= timeIndex && timeIndex < match.Index + match.Length)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Appends "— пришлю до &lt;день, время&gt;" at the end of the sentence, before its closing punctuation.</summary>
    private static Suggestion AddTimeSuggestion(Sentence sentence, MessageLanguage language)
    {
        var prose = sentence.Prose;
        var end = prose.Length;
        while (end > 0 && (char.IsWhiteSpace(prose[end - 1]) || prose[end - 1] is '.' or '!' or '?' or '…' or ')' || char.IsSurrogate(prose[end - 1]) || char.GetUnicodeCategory(prose[end - 1]) == System.Globalization.UnicodeCategory.OtherSymbol))
        {
            end--;
        }

        var isRussian = language == MessageLanguage.Russian;
        var insertion = isRussian ? " — пришлю до <день, время>" : " — I'll send it by <day, time>";
        return new Suggestion(
            isRussian ? "Добавить конкретный срок: «… — пришлю до <день, время>»" : "Add a concrete time: \"… — I'll send it by <day, time>\"",
            [new TextEdit(sentence.ToDocumentSpan(end, 0), insertion)],
            IsAutomatic: false);
    }
}
