using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Lexicons;
using MessageLint.Core.Text;
using MessageLint.Rules.Infrastructure;

namespace MessageLint.Rules.Principle6;

/// <summary>
/// ML6001: the client is reproached after the fact for writing at the weekend, at night or on a
/// holiday, or for asking for something outside the agreed scope ("Вообще-то сегодня суббота!",
/// "That's not in the scope!!"). A mention of the weekend or the scope is only a reproach together
/// with a reproach marker (вообще-то, "you know", "again", "?!") in the same or a neighbouring
/// sentence, and an off-hours mention only when it is about the client's contact ("вы пишете",
/// "your message", "сегодня суббота") rather than news ("ночью упал сервер"); a draft that
/// reassures the client or offers a way forward (an estimate, a price) is a calm statement of rules
/// and stays silent. The sentence model's evidence adjusts confidence and, for a precise enough
/// label, may flag a mention of off-hours or scope that lacks a marker.
/// </summary>
public sealed class ML6001ReproachInsteadOfRules : MessageRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "ML6001",
        new LocalizedText("Reproach instead of stated rules", "Упрёк вместо правил"),
        new LocalizedText("{0}: state your rule calmly and say what happens next", "{0}: спокойно назовите своё правило и следующий шаг"),
        Principle.StateRulesUpFront,
        Severity.Warning,
        corpusLabels: ["weekend-reproach"]);

    private static readonly LocalizedText OffHoursReason = new("Reproach for writing off-hours", "Упрёк за сообщение в нерабочее время");
    private static readonly LocalizedText ScopeReason = new("Reproach for an out-of-scope request", "Упрёк за просьбу сверх договорённости");

    private static readonly LocalizedText OffHoursTitle = new(
        "State your hours calmly",
        "Спокойно назовите свои часы работы");

    private static readonly LocalizedText OffHoursTemplate = new(
        "I reply on weekdays, 10 am to 7 pm, so I'll pick this up on Monday morning.",
        "Я отвечаю по будням с 10 до 19, поэтому займусь этим в понедельник утром.");

    private static readonly LocalizedText ScopeTitle = new(
        "Name the scope and offer a way forward",
        "Назовите границы задачи и предложите вариант");

    private static readonly LocalizedText ScopeTemplate = new(
        "This is outside the agreed scope. I can add it as a separate task for [price] by [date] — shall I?",
        "Это за рамками нашей договорённости. Могу сделать отдельной задачей за [цена] к [дата] — берём?");

    private static readonly LexiconPair OffHours = new("ML6001.offhours");
    private static readonly LexiconPair Scope = new("ML6001.scope");
    private static readonly LexiconPair Markers = new("ML6001.marker");
    private static readonly LexiconPair Strong = new("ML6001.strong");
    private static readonly LexiconPair StrongScope = new("ML6001.strongscope");
    private static readonly LexiconPair Calm = new("ML6001.calm");
    private static readonly LexiconPair Warm = new("ML6001.warm");
    private static readonly LexiconPair Contact = new("ML6001.contact");
    private static readonly LexiconPair NoRules = new("ML6001.norules");

    private static readonly LocalizedText NoRulesReason = new("Working rules put off until later", "Правила работы отложены «на потом»");

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedDescriptors { get; } = [Descriptor];

    /// <inheritdoc />
    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(AnalyzeDocument);
    }

    private static void AnalyzeDocument(DocumentContext context)
    {
        if (ReportRulesPutOff(context))
        {
            return;
        }

        var sentences = context.Document.Sentences;
        var calmChecked = false;
        var reportedUpTo = -1;
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            if (sentence.Language == MessageLanguage.Other)
            {
                continue;
            }

            if (FindTopic(sentence) is not { } topic)
            {
                continue;
            }

            // The calm check reads the whole draft, so it runs only once a topic is found.
            if (!calmChecked)
            {
                if (Calm.IsMatchAnywhere(context.Document))
                {
                    return;
                }

                calmChecked = true;
            }

            var first = i;
            var last = i;
            var marker = topic.IsStrong ? topic.Match.Value : FindMarker(sentence);
            if (marker is null && Neighbour(sentences, i, i + 1) is { } next && FindTopic(next) is null)
            {
                marker = FindMarker(next);
                last = marker is null ? i : i + 1;
            }

            if (marker is null && i - 1 > reportedUpTo && Neighbour(sentences, i, i - 1) is { } previous && FindTopic(previous) is null)
            {
                marker = FindMarker(previous);
                first = marker is null ? i : i - 1;
            }

            var reporter = new ModelAwareReporter(context, sentence, Descriptor);
            if (marker is null || (!topic.IsScope && !topic.IsStrong && !RefersToContact(sentences, first, last)))
            {
                // A mention of the weekend or the scope without a reproachful turn: only the model,
                // where its label is precise enough, may call it a reproach.
                var language = context.Settings.MessageLanguage ?? sentence.Language;
                reporter.ReportModelOnly([(topic.IsScope ? ScopeReason : OffHoursReason).Get(language)], [Suggest(sentence.Span, topic.IsScope, language)]);
                continue;
            }

            Report(context, reporter, sentences[first], sentences[last], topic.IsScope, topic.Match.Value, marker);
            reportedUpTo = last;
            i = last;
        }
    }

    /// <summary>
    /// A draft that says there are no rules for contact or changes and that they will be worked out as the project goes
    /// ("We don't really do formal rules around communication or changes — we'll just figure it out as we go", «Никаких
    /// особых правил по связи и правкам у нас нет, разберёмся по ходу»): the reproaches this rule looks for are what such
    /// a start leads to, so it is reported in every profile, not only in ML6002's kickoff one (twenty-first session, blind
    /// sets AI and AJ). A calm statement of rules elsewhere in the draft keeps it silent; the suggestion puts ML6002's rules
    /// in the sentence's place.
    /// </summary>
    private static bool ReportRulesPutOff(DocumentContext context)
    {
        foreach (var sentence in context.Document.Sentences)
        {
            if (sentence.Language == MessageLanguage.Other || NoRules.FirstMatch(sentence, skipNegated: true) is not { } match)
            {
                continue;
            }

            if (StatesRulesElsewhere(context.Document, sentence))
            {
                return false;
            }

            var language = context.Settings.MessageLanguage ?? sentence.Language;
            new ModelAwareReporter(context, sentence, Descriptor).Report(
                sentence.Span,
                [NoRulesReason.Get(language)],
                [new Suggestion(ML6002KickoffWithoutRules.SuggestionTitle.Get(language), [new TextEdit(sentence.Span, ML6002KickoffWithoutRules.Template.Get(language))], IsAutomatic: false)],
                [new Evidence("phrase", match.Value)]);
            return true;
        }

        return false;
    }

    /// <summary>
    /// A calm statement of rules in the draft («…разберёмся по ходу: отвечаю по будням с 10 до 19»), outside the words that put
    /// the rules off: in «Пишите в любое время и по любому поводу, внесу сколько угодно правок» and "happy to tweak whatever
    /// you need, as many times as it takes" the calm words are the promise without limits (thirty-second session, set BD).
    /// </summary>
    private static bool StatesRulesElsewhere(MessageDocument document, Sentence putOff)
    {
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Language != MessageLanguage.Other
                && (sentence.Index == putOff.Index ? Calm.HasMatchOutside(sentence, NoRules) : Calm.IsMatch(sentence)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first off-hours or out-of-scope mention. Topic words may sit in quotation marks, since a
    /// writer quoting the client's "small favour" back is the reproach; strong phrases are
    /// reproaches on their own and must not be quoted or negated.
    /// </summary>
    private static (bool IsScope, LexiconMatch Match, bool IsStrong)? FindTopic(Sentence sentence)
    {
        if (Strong.FirstMatch(sentence, skipNegated: true) is { } strong)
        {
            return (false, strong, true);
        }

        if (StrongScope.FirstMatch(sentence, skipNegated: true) is { } strongScope)
        {
            return (true, strongScope, true);
        }

        if (OffHours.FirstMatch(sentence, skipQuoted: false) is { } offHours)
        {
            return (false, offHours, false);
        }

        return Scope.FirstMatch(sentence, skipQuoted: false) is { } scope ? (true, scope, false) : null;
    }

    /// <summary>A reproach marker, "!!" or "?!" outside a warm sentence, or a word shouted in capitals outside a heading.</summary>
    private static string? FindMarker(Sentence sentence)
    {
        if (Markers.FirstMatch(sentence, skipNegated: true) is { } word && !IsWarmOutside(sentence, word))
        {
            return word.Value;
        }

        var prose = sentence.Prose;
        var punctuation = prose.IndexOf("!!", StringComparison.Ordinal);
        if (punctuation < 0)
        {
            punctuation = prose.IndexOf("?!", StringComparison.Ordinal);
        }

        if (punctuation < 0)
        {
            punctuation = prose.IndexOf("!?", StringComparison.Ordinal);
        }

        if (punctuation < 0)
        {
            punctuation = prose.IndexOf("??", StringComparison.Ordinal);
        }

        if (punctuation >= 0 && !QuotedSpeech.IsInsideQuotes(prose, punctuation) && !Warm.IsMatch(sentence))
        {
            return prose.Substring(punctuation, 2);
        }

        int? headingEnd = null;
        var displayed = false;
        foreach (var token in sentence.Tokens)
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            if (!IsShouted(sentence.GetText(token)))
            {
                displayed &= Capitals.UpperLetters(sentence.GetText(token)) > 0;
                continue;
            }

            // The heading is worked out only once a shouted word is found, which few sentences have; a run of capitals
            // that a sign or a program shows ("Your sign will read OPEN LATE EVERY NIGHT") is that text, not shouting.
            displayed = displayed || Capitals.IsDisplayedText(sentence, token.Span.Start - sentence.Span.Start);
            if (!displayed && token.Span.End - sentence.Span.Start > (headingEnd ??= Capitals.HeadingEnd(sentence)))
            {
                return sentence.GetText(token).ToString();
            }
        }

        return null;
    }

    /// <summary>
    /// An off-hours mention is a reproach only when it is about the client's contact: the client
    /// addressed, their message or request named, or the day stated as now ("сегодня суббота") —
    /// in the reported sentences or the ones beside them ("11 вечера!!! Вы серьёзно?!").
    /// </summary>
    private static bool RefersToContact(IReadOnlyList<Sentence> sentences, int first, int last)
    {
        var paragraph = sentences[first].ParagraphIndex;
        for (var i = Math.Max(0, first - 1); i <= Math.Min(sentences.Count - 1, last + 1); i++)
        {
            var sentence = sentences[i];
            if (sentence.ParagraphIndex == paragraph && sentence.Language != MessageLanguage.Other && Contact.IsMatch(sentence))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Thanks or wishes elsewhere in the sentence turn "серьёзно" or "seriously" into emphasis
    /// ("Серьёзно, спасибо, что прислали в пятницу"); sarcasm that carries its own thanks
    /// ("ну спасибо", "thanks a lot") stays a reproach.
    /// </summary>
    private static bool IsWarmOutside(Sentence sentence, LexiconMatch marker)
    {
        var lexicon = sentence.Language == MessageLanguage.Russian ? Warm.Russian : Warm.English;
        foreach (var warm in lexicon.Matches(sentence.Prose))
        {
            if (warm.Index + warm.Length <= marker.Index || warm.Index >= marker.Index + marker.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static Sentence? Neighbour(IReadOnlyList<Sentence> sentences, int index, int other)
    {
        if (other < 0 || other >= sentences.Count)
        {
            return null;
        }

        var sentence = sentences[other];
        return sentence.ParagraphIndex == sentences[index].ParagraphIndex && sentence.Language != MessageLanguage.Other ? sentence : null;
    }

    /// <summary>A word of four or more letters, all capitals, that is not an acronym (ASAP, HTML).</summary>
    private static bool IsShouted(ReadOnlySpan<char> text) => Capitals.UpperLetters(text) >= 4 && !Capitals.IsAcronym(text);


    private static void Report(DocumentContext context, ModelAwareReporter reporter, Sentence first, Sentence last, bool isScope, string topicText, string marker)
    {
        var span = TextSpan.FromBounds(first.Span.Start, last.Span.End);
        var language = context.Settings.MessageLanguage ?? first.Language;
        reporter.Report(
            span,
            [(isScope ? ScopeReason : OffHoursReason).Get(language)],
            [Suggest(span, isScope, language)],
            [new Evidence("phrase", topicText), new Evidence("phrase", marker)]);
    }

    /// <summary>The calm wording of the rule, as a template in place of the reproach.</summary>
    private static Suggestion Suggest(TextSpan span, bool isScope, MessageLanguage language)
        => new(
            (isScope ? ScopeTitle : OffHoursTitle).Get(language),
            [new TextEdit(span, (isScope ? ScopeTemplate : OffHoursTemplate).Get(language))],
            IsAutomatic: false);
}
