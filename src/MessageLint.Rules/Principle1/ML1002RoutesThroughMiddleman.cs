using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Lexicons;
using MessageLint.Core.Text;
using MessageLint.Rules.Infrastructure;

namespace MessageLint.Rules.Principle1;

/// <summary>
/// ML1002: the draft asks the client to carry the discussion to someone else — the director, the
/// owner, "the people upstairs" — instead of talking to the person who accepts the result
/// ("передайте, пожалуйста, директору…", "can you ask your boss and get back to me?"). A draft that
/// proposes to talk to that person directly (a call, a copy, adding them to the chat) is the fix
/// itself and stays silent, as do quoted and negated phrases. The sentence model's evidence adjusts
/// confidence and, its label being precise enough, flags by itself a sentence that asks the client
/// to relay (a relay verb and a decision-maker) and does not speak of the writer's own side, under
/// the same draft-wide check. A phrase that keeps someone out of the talk ("не будем дёргать Сергея Петровича", "I don't
/// think we need Mark there") is reported only with support: the draft says that person accepts the result ("хоть он и
/// будет принимать", "he's the one signing off") or the phrase itself names a decision-maker.
/// </summary>
public sealed class ML1002RoutesThroughMiddleman : MessageRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "ML1002",
        new LocalizedText("Discussion routed through a middleman", "Обсуждение через посредника"),
        new LocalizedText(
            "{0} routes the discussion through the client: offer to talk to whoever accepts the result directly",
            "{0} — обсуждение через посредника: предложите поговорить напрямую с тем, кто принимает результат"),
        Principle.AskBeforeStarting,
        Severity.Info,
        corpusLabels: ["middleman"]);

    private static readonly LocalizedText SuggestionTitle = new(
        "Offer a direct conversation: \"Could we have 15 minutes with [name], so I can ask directly?\"",
        "Предложите разговор напрямую: «Можем созвониться с [имя] на 15 минут, чтобы я задал вопросы сам?»");

    private static readonly LocalizedText ModelPhrase = new("This sentence", "Эта фраза");

    private static readonly LexiconPair Trigger = new("ML1002.trigger");
    private static readonly LexiconPair Relay = new("ML1002.relay");
    private static readonly LexiconPair Direct = new("ML1002.direct");
    private static readonly LexiconPair Courtesy = new("ML1002.courtesy");
    private static readonly LexiconPair Person = new("ML1002.person");
    private static readonly LexiconPair Self = new("ML1002.self");
    private static readonly LexiconPair Verb = new("ML1002.verb");
    private static readonly LexiconPair Outside = new("ML1002.outside");
    private static readonly LexiconPair Avoid = new("ML1002.avoid");
    private static readonly LexiconPair Approver = new("ML1002.approver");
    private static readonly LexiconPair Errand = new("ML1002.errand");
    private static readonly LexiconPair Process = new("ML1002.process");
    private static readonly LexiconPair Peers = new("ML1002.peers");

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedDescriptors { get; } = [Descriptor];

    /// <summary>True when the sentence asks the client to relay to someone else; shared with ML1001, which then stays silent.</summary>
    internal static bool HasRelayPhrase(Sentence sentence) => FindRelay(sentence) is not null;

    /// <inheritdoc />
    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(AnalyzeDocument);
    }

    private static void AnalyzeDocument(DocumentContext context)
    {
        if (!ReportRelays(context))
        {
            ReportKeptOut(context);
        }
    }

    /// <summary>Reports each sentence that asks the client to relay; false when none does.</summary>
    private static bool ReportRelays(DocumentContext context)
    {
        var reported = false;
        bool? direct = null;
        foreach (var sentence in context.Document.Sentences)
        {
            if (sentence.Language == MessageLanguage.Other)
            {
                continue;
            }

            var reporter = new ModelAwareReporter(context, sentence, Descriptor);
            var match = FindRelay(sentence);

            // The model may flag alone only a sentence that asks the client to relay (a relay verb
            // and a decision-maker) and does not speak of the writer's own side.
            if (match is null && !(reporter.FlagsSentence && MayFlagByModel(sentence)))
            {
                continue;
            }

            // The draft-wide check runs only once a phrase is found or the model would flag.
            direct ??= Direct.IsMatchAnywhere(context.Document, skipNegated: true);
            if (direct.Value)
            {
                return true;
            }

            reported = true;

            var language = context.Settings.MessageLanguage ?? sentence.Language;
            var suggestions = OfferDirectTalk(language);
            if (match is { } found)
            {
                reporter.Report(sentence.ToDocumentSpan(found.Index, found.Length), [Quote(found.Value, language)], suggestions, [new Evidence("phrase", found.Value)]);
            }
            else
            {
                reporter.ReportModelOnly([ModelPhrase.Get(language)], suggestions);
            }
        }

        return reported;
    }

    /// <summary>
    /// Reports the first phrase that keeps someone out of the talk when the draft says that person accepts the
    /// result, or the phrase names a decision-maker itself; a draft that proposes direct talk stays silent.
    /// </summary>
    private static void ReportKeptOut(DocumentContext context)
    {
        var document = context.Document;
        if (!Avoid.IsMatchAnywhere(document) || Direct.IsMatchAnywhere(document, skipNegated: true))
        {
            return;
        }

        var approver = Approver.FirstMatchAnywhere(document);
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Language == MessageLanguage.Other || Avoid.FirstMatch(sentence) is not { } kept)
            {
                continue;
            }

            if ((approver is null && !Person.IsMatch(sentence))
                || Courtesy.IsMatch(sentence)
                || Outside.IsMatch(sentence))
            {
                continue;
            }

            var language = context.Settings.MessageLanguage ?? sentence.Language;
            var suggestions = OfferDirectTalk(language);
            Evidence[] evidence = approver is { } accepts
                ? [new Evidence("phrase", kept.Value), new Evidence("phrase", accepts.Value)]
                : [new Evidence("phrase", kept.Value)];
            new ModelAwareReporter(context, sentence, Descriptor)
                .Report(sentence.ToDocumentSpan(kept.Index, kept.Length), [Quote(kept.Value, language)], suggestions, evidence);
            return;
        }
    }

    /// <summary>The one suggestion both reports carry: talk to whoever accepts the result, worded by the writer.</summary>
    private static Suggestion[] OfferDirectTalk(MessageLanguage language)
        => [new Suggestion(SuggestionTitle.Get(language), [], IsAutomatic: false)];

    private static string Quote(string phrase, MessageLanguage language)
        => language == MessageLanguage.Russian ? $"«{phrase}»" : $"\"{phrase}\"";

    /// <summary>
    /// The relay phrase of a sentence; the costly patterns run only when a cheap pre-check finds a
    /// person or a relay word. A courtesy passed on ("передайте привет директору") is no relay, and
    /// neither is a question the writer says is outside their competence ("I'm not a lawyer — check with
    /// yours") or an errand on the client's side — an invoice, a DNS record, a licence ("Please forward the invoice
    /// to your finance team"): the result is not discussed through anyone there.
    /// </summary>
    private static LexiconMatch? FindRelay(Sentence sentence)
        => Trigger.IsMatch(sentence) && Relay.FirstMatch(sentence, skipNegated: true) is { } match && !IsAsideFromTheWork(sentence)
            ? match
            : null;

    private static bool MayFlagByModel(Sentence sentence)
        => Verb.IsMatch(sentence, skipNegated: true) && Person.IsMatch(sentence) && !Self.IsMatch(sentence) && !IsAsideFromTheWork(sentence);

    /// <summary>
    /// A courtesy passed on, a question outside the writer's competence, an errand, the steps of the writer's own process
    /// ("Menu design process in 4 steps: talk to the chef, watch a service…"), or a tip or poll for fellow professionals
    /// ("Tip for new surveyors: … ask the client what the survey is for"): none is a relay.
    /// </summary>
    private static bool IsAsideFromTheWork(Sentence sentence)
        => Courtesy.IsMatch(sentence) || Outside.IsMatch(sentence) || Errand.IsMatch(sentence) || Process.IsMatch(sentence) || Peers.IsMatch(sentence);
}
