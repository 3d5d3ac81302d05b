using System.Collections.Frozen;
using MessageLint.Core.Configuration;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;
using MessageLint.Rules.Infrastructure;
using MessageLint.Rules.Principle2;

namespace MessageLint.Rules.Principle1;

/// <summary>
/// ML1001: a short message takes on a task ("Ок, беру, сделаю", "Sure, will do it") without a single
/// question and without a shared idea of what "done" is or when. A whole-message judgement: any
/// question, an announced clarification, a date, a stated result, a reference to what was agreed, or
/// edits to existing work make it an acknowledgement inside a clarified task, which is fine; a date does
/// not when the draft also says there is nothing to ask or discuss ("вопросов нет, через неделю покажу", "мне всё
/// понятно"),
/// and such a sentence marks the acceptance itself when the draft promises the work; nor does it when the
/// draft quotes the client's request for new work ("> сможете взяться?"), echoes it back as a question ("лендинг под
/// акцию? ок, берём") or thanks for it as new ("Thanks for the new request") and accepts it, nor, after a
/// reply that takes the task on in so many words ("беру"), the day the work starts ("завтра начну"). A greeting,
/// a sign-off and the signature after it do not count towards the length. Vague
/// promises ("скоро сделаю") are left to the status rules, blind compliance ("как скажете, сделаю")
/// to ML2001 and routing through a middleman to ML1002, so one problem is reported once. The sentence
/// model's evidence adjusts confidence and, for a precise enough label, may stand in for the
/// acceptance phrase under the same whole-message checks.
/// </summary>
public sealed class ML1001AcceptsWithoutQuestions : MessageRule
{
    /// <summary>Longer drafts carry more than an acknowledgement; the rule judges short replies only.</summary>
    private const int MaxSentences = 5;

    /// <summary>
    /// A longer letter with no question is judged only by a sentence that turns the questions down ("No need for a
    /// kick-off call or a questionnaire, I'll take it from here", «вопросов у меня нет, сразу приступаю»): taking on a
    /// new client at length does not make declining to ask any better (nineteenth session, blind sets AB, AD, AF).
    /// </summary>
    private const int MaxLetterSentences = 12;

    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "ML1001",
        new LocalizedText("Task accepted without questions", "Задача принята без вопросов"),
        new LocalizedText(
            "The task is accepted with no question and no agreed result or deadline: ask what it is for and what counts as done",
            "Задача принята без вопросов и без понятного результата или срока: уточните, для чего это и что будет считаться готовым"),
        Principle.AskBeforeStarting,
        Severity.Info,
        profileSeverities: new Dictionary<string, Severity> { [BuiltInProfiles.Kickoff] = Severity.Warning },
        corpusLabels: ["accepts-without-questions"]);

    private static readonly LocalizedText SuggestionTitle = new(
        "Ask about the goal and what counts as done",
        "Уточните цель и что считать результатом");

    private static readonly LocalizedText Template = new(
        " So I get it right: what is it for, and by when? What will count as done?",
        " Чтобы сделать точно: для чего это нужно и к какому сроку? Что будем считать готовым результатом?");

    private static readonly LexiconPair Accept = new("ML1001.accept");
    private static readonly LexiconPair Work = new("ML1001.work");
    private static readonly LexiconPair Acknowledgement = new("ML1001.ack");
    private static readonly LexiconPair Settled = new("ML1001.settled");
    private static readonly LexiconPair Plan = new("ML1001.plan");
    private static readonly LexiconPair Reasons = new("ML1001.reasons");
    private static readonly LexiconPair Dated = new("ML1001.date");
    private static readonly LexiconPair Declines = new("ML1001.declines");
    private static readonly LexiconPair Deliver = new("ML1001.deliver");
    private static readonly LexiconPair Vague = new("ML1001.vague");
    private static readonly LexiconPair Ask = new("ML1001.ask");
    private static readonly LexiconPair Greeting = new("ML1001.greeting");
    private static readonly LexiconPair SignOff = new("ML1001.signoff");
    private static readonly LexiconPair NewTask = new("ML1001.newtask");
    private static readonly LexiconPair Fresh = new("ML1001.fresh");
    private static readonly LexiconPair TakeOn = new("ML1001.takeon");
    private static readonly LexiconPair Start = new("ML1001.start");
    private static readonly LexiconPair Clear = new("ML1001.clear");
    private static readonly LexiconPair Praise = new("ML1001.praise");

    /// <summary>The longest sentence read as taking a compliment ("I'll take it!", "Ha, I'll take that.") after praise.</summary>
    private const int PraiseReplyWords = 5;

    /// <summary>
    /// Sentences that cheer rather than acknowledge a request ("Sounds good!", «Отлично!»): before "I'll get ours switched
    /// right away" they react to news in a running exchange (collected reply c0092), so they do not make the next sentence an acceptance.
    /// </summary>
    private static readonly FrozenSet<string> Reactions = FrozenSet.Create(
        StringComparer.Ordinal,
        "sounds good", "sounds great", "great", "awesome", "perfect", "cool", "nice", "amazing", "отлично", "супер", "класс", "круто", "здорово");

    /// <summary>The longest sentence read as a bare acknowledgement before the work it accepts («Принято.», "Ok, got it.").</summary>
    private const int BareAcknowledgementWords = 3;
    private static readonly LexiconPair RealQuestion = new("ML1001.question");
    private static readonly LexiconPair Join = new("ML1001.join");

    /// <summary>An echo of the task ("wedding for 150 in june?") is a short phrase; a longer question asks something.</summary>
    private const int MaxEchoWords = 8;

    /// <summary>How many sentences after a sign-off ("С уважением,") are taken for the signature (name, title, phone).</summary>
    private const int SignatureSentences = 3;

    /// <summary>Greetings and sign-offs are short; longer sentences are not checked for them.</summary>
    private const int FrameLength = 48;

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
        var document = context.Document;
        if (!IsShortAndAsksNothing(document, out var isLetter))
        {
            return;
        }

        Sentence? accepting = null;
        Sentence? declining = null;
        Sentence? modelOnly = null;
        bool? thanksForNewWork = null;
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Language == MessageLanguage.Other)
            {
                continue;
            }

            declining ??= Declines.IsMatch(sentence) || (!isLetter && Clear.IsMatch(sentence) && !QuotesClient(document)) ? sentence : null;
            if (isLetter)
            {
                continue;
            }

            // "Thanks for the order. I'll start right away": after thanks for new work, a promise to start or do it takes
            // the job on as surely as "ok, will do" (thirty-first session, blind set AX).
            if (accepting is null
                && ((Accepts(sentence) && !TakesPraise(document, sentence))
                    || (Work.IsMatch(sentence, skipNegated: true) && FollowsBareAcknowledgement(document, sentence))
                    || ((Work.IsMatch(sentence, skipNegated: true) || Start.IsMatch(sentence, skipNegated: true)) && (thanksForNewWork ??= Fresh.IsMatchAnywhere(document)))))
            {
                accepting = sentence;
            }
            else if (modelOnly is null && ModelEvidence.FlagsAlone(context, sentence, Descriptor))
            {
                modelOnly = sentence;
            }
        }

        // "Nothing to ask, starting tonight": declining to discuss stands for the acceptance when the
        // draft promises the work, and a date no longer makes the reply safe. Nor does a vague promise hand the
        // draft over to ML4001 then («без брифа норм, стартую asap»): turning the questions down is this rule's own
        // problem, and the vague start is ML4001's (seventeenth session, blind set B3). Neither does it when the
        // draft quotes the client's request for new work ("> сможете взяться?") that the reply accepts. A plan of work
        // makes only an acceptance safe: «Вопросов у меня нет, просто начну с контент-плана» turns the questions down
        // all the same (nineteenth session, blind set AF), and so does a reason: "we have everything we need, so there's no
        // need for a kickoff call" explains why not to ask (twentieth session, blind sets AA, AD, AE, AF).
        var declined = declining is not null && PromisesWork(document);
        var target = accepting ?? (declined ? declining : null) ?? modelOnly;
        if (target is null
            || Settled.IsMatchAnywhere(document)
            || (!declined && (Plan.IsMatchAnywhere(document) || Reasons.IsMatchAnywhere(document)))
            || (!declined && NamesDate(document, accepting) && !(accepting is not null && (QuotesNewTask(document) || EchoesNewTask(document) || Fresh.IsMatchAnywhere(document) || TakeOn.IsMatchAnywhere(document, skipNegated: true))))
            || AnnouncesClarification(document)
            || (!declined && Vague.IsMatchAnywhere(document) && !TakesOnAndDelivers(document, accepting))
            || IsReportedByAnotherRule(context))
        {
            return;
        }

        var language = context.Settings.MessageLanguage ?? target.Language;
        var reporter = new ModelAwareReporter(context, target, Descriptor);
        Suggestion[] suggestions =
        [
            new Suggestion(SuggestionTitle.Get(language), [new TextEdit(new TextSpan(target.Span.End, 0), Template.Get(language))], IsAutomatic: false),
        ];
        if (accepting is not null || declined)
        {
            reporter.Report(target.Span, suggestions: suggestions, evidence: [new Evidence("shape", accepting is not null ? "accepts-without-question-or-deadline" : "declines-to-discuss")]);
        }
        else
        {
            reporter.ReportModelOnly(suggestions: suggestions);
        }
    }

    /// <summary>
    /// At most <see cref="MaxSentences"/> sentences and no question: checked first because it costs only a
    /// scan for "?", and a draft that fails it needs no word list or model evidence at all. The frame of a
    /// letter — a greeting on its own, a sign-off and the signature after it — does not count. Nor does the
    /// task echoed back and answered at once by the writer ("корпоратив на 80 человек? легко, берём"), which
    /// asks the client nothing (<see cref="EchoesTheTask"/>).
    /// </summary>
    private static bool IsShortAndAsksNothing(MessageDocument document, out bool isLetter)
    {
        isLetter = false;
        var count = 0;
        var signature = 0;
        var sentences = document.Sentences;
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            if (sentence.Language == MessageLanguage.Other)
            {
                continue;
            }

            if (HasQuestion(sentence) && !EchoesTheTask(document, sentence, i + 1 < sentences.Count ? sentences[i + 1] : null))
            {
                return false;
            }

            if (signature > 0)
            {
                signature--;
                continue;
            }

            // Only a short sentence can be a greeting or a sign-off, so the word lists run on few sentences.
            if (sentence.Prose.Length < FrameLength)
            {
                if (SignOff.IsMatch(sentence))
                {
                    signature = SignatureSentences;
                    continue;
                }

                if (Greeting.IsMatch(sentence))
                {
                    continue;
                }
            }

            if (++count > MaxLetterSentences)
            {
                return false;
            }
        }

        isLetter = count > MaxSentences;
        return true;
    }

    /// <summary>
    /// An announced clarification ("a quick call first", "let's do a kickoff", «созвонимся») makes the reply safe,
    /// unless the draft turns it down in the same breath: "no need for a kickoff" and «созвон не нужен» name the
    /// clarification only to decline it (fourteenth session, set O).
    /// </summary>
    private static bool AnnouncesClarification(MessageDocument document)
    {
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Language == MessageLanguage.Other || !Ask.IsMatch(sentence))
            {
                continue;
            }

            if (Ask.HasMatchOutside(sentence, Declines))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A date that makes the reply an acknowledgement inside a clarified task. When the draft takes the task on
    /// in so many words ("беру", "I'll take the project"), only a date of the result counts: the day the work
    /// starts ("завтра начну", "starting Monday") says nothing about what will be delivered or when, so
    /// "Ок, беру, завтра начну" is still a new task taken on blind. After a bare acknowledgement with a work
    /// verb ("Хорошо, начну в понедельник") any date counts, as that is as likely a reply about timing — unless
    /// the draft also promises the work itself, not only its start ("окей, приложение сделаем, с меня старт в
    /// понедельник"), which takes the task on as "беру" does.
    /// </summary>
    private static bool NamesDate(MessageDocument document, Sentence? accepting)
    {
        var anyDate = accepting is null || !(Accept.IsMatch(accepting, skipNegated: true) || PromisesMoreThanTheStart(document));
        foreach (var sentence in document.Sentences)
        {
            // A date inside the echoed task ("wedding for 150 in june? done, we're in") is the client's, not a
            // result the writer commits to; any other question has already made the draft safe.
            if (sentence.Language == MessageLanguage.Other || HasQuestion(sentence) || !Dated.IsMatch(sentence))
            {
                continue;
            }

            if (anyDate)
            {
                return true;
            }

            var starts = Start.Matches(sentence).ToList();
            foreach (var date in Dated.Matches(sentence))
            {
                if (!starts.Exists(start => date.Index >= start.Index && date.Index + date.Length <= start.Index + start.Length))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A first-person work verb outside every phrase of starting ("сделаем" in "приложение сделаем, с меня старт в
    /// понедельник"): the writer promises the work, not only the day it starts ("начну в понедельник").
    /// </summary>
    private static bool PromisesMoreThanTheStart(MessageDocument document)
    {
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Language == MessageLanguage.Other || !Work.IsMatch(sentence, skipNegated: true))
            {
                continue;
            }

            if (Work.HasMatchOutside(sentence, Start, skipNegated: true))
            {
                return true;
            }
        }

        return false;
    }


    /// <summary>
    /// The writer echoes the task back and answers the echo at once: a short question with no question word, no
    /// "you" and no choice ("wedding for 150 in june?", "корпоратив на 80 человек?"), followed by a sentence that
    /// takes the task on ("done, we're in", "легко, берём") on the same line. Nothing is asked of the client;
    /// "Logo by Friday or Monday? Ok, I'll do it", "Для кого сайт? Ладно, сделаю", "Can you send the brief? Sure,
    /// I'll start" still ask, and so does a question on a line of its own ("Встреча в силе?⏎Договорились, сделаю"),
    /// which waits for an answer rather than echoing the request.
    /// </summary>
    private static bool EchoesTheTask(MessageDocument document, Sentence question, Sentence? next)
    {
        if (next is null || next.Language == MessageLanguage.Other || !TakesAJobOn(next))
        {
            return false;
        }

        var prose = question.Prose.TrimEnd();
        var mark = prose.IndexOf('?', StringComparison.Ordinal);
        if (mark < 0 || prose.IndexOf('?', mark + 1) >= 0 || ContainsLetterOrDigit(prose.AsSpan(mark + 1))
            || document.Text.AsSpan(question.Span.Start + mark, next.Span.Start - question.Span.Start - mark).Contains('\n'))
        {
            return false;
        }

        var words = 0;
        foreach (var token in question.Tokens)
        {
            if (token.Kind == TokenKind.Word && ++words > MaxEchoWords)
            {
                return false;
            }
        }

        return !RealQuestion.IsMatch(question);
    }

    /// <summary>
    /// <see cref="Accepts"/> with a phrase other than one of joining in ("count me in", "I'm in"): after "Dinner on
    /// Friday?" those accept an invitation, not a job.
    /// </summary>
    private static bool TakesAJobOn(Sentence sentence)
    {
        if (Work.IsMatch(sentence, skipNegated: true) && Acknowledgement.IsMatch(sentence))
        {
            return true;
        }

        return Accept.HasMatchOutside(sentence, Join, skipNegated: true);
    }

    /// <summary>True when words follow the question mark in the same sentence: then it is no bare echo of the task.</summary>
    private static bool ContainsLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Blind compliance ("как скажете, сделаю") and routing through a middleman ("спросите у
    /// директора — тогда начну") are the sharper findings; when their rules are on, the reply is
    /// reported once, by them.
    /// </summary>
    private static bool IsReportedByAnotherRule(DocumentContext context)
    {
        var compliance = context.IsEnabled(ML2001BlindCompliance.Descriptor);
        var middleman = context.IsEnabled(ML1002RoutesThroughMiddleman.Descriptor);
        foreach (var sentence in context.Document.Sentences)
        {
            if (sentence.Language == MessageLanguage.Other)
            {
                continue;
            }

            if ((compliance && ML2001BlindCompliance.HasCompliancePhrase(context.Document, sentence))
                || (middleman && ML1002RoutesThroughMiddleman.HasRelayPhrase(sentence)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A self-contained acceptance ("беру", "will do"), or a work verb next to an acknowledgement
    /// ("Хорошо, сделаю баннер"); a bare work verb is as likely a plan or a decision with a reason.
    /// </summary>
    private static bool Accepts(Sentence sentence)
        => Accept.IsMatch(sentence, skipNegated: true)
            || (Work.IsMatch(sentence, skipNegated: true) && Acknowledgement.IsMatch(sentence));

    /// <summary>
    /// True when the sentence before is an acknowledgement and nothing else («Принято.», "Got it."): «Принято. Схему нарисую
    /// сам, по итогу скину» accepts as surely as «Принято, нарисую» in one sentence (thirty-second session, blind set BB).
    /// </summary>
    private static bool FollowsBareAcknowledgement(MessageDocument document, Sentence sentence)
    {
        if (sentence.Index == 0)
        {
            return false;
        }

        var previous = document.Sentences[sentence.Index - 1];
        return previous.Language != MessageLanguage.Other
            && Clause.CountWords(previous.Prose) <= BareAcknowledgementWords
            && Acknowledgement.IsMatch(previous)
            && !HasQuestion(previous)
            && !Reactions.Contains(previous.Prose.Trim().TrimEnd('!', '.', ')', ' ').ToLowerInvariant());
    }

    /// <summary>
    /// True when a short acceptance ("I'll take it.", «Беру!») comes right after someone's praise ("She replied 'best
    /// part of the video'."): the writer accepts the compliment, not a task (thirteenth session, set N).
    /// </summary>
    private static bool TakesPraise(MessageDocument document, Sentence sentence)
    {
        if (sentence.Index == 0 || Clause.CountWords(sentence.Prose) > PraiseReplyWords)
        {
            return false;
        }

        var previous = document.Sentences[sentence.Index - 1];
        return previous.Language != MessageLanguage.Other && Praise.IsMatch(previous);
    }

    /// <summary>
    /// A vague time hands a reply to ML4001 («сделаю, как будет время»), unless the draft takes the job on in so many words
    /// and promises the result: «ок понял беру. вышлю проект как будет готов» accepts a new task blind, and the vague time
    /// is a second problem, not the only one (thirty-second session, blind set BB).
    /// </summary>
    private static bool TakesOnAndDelivers(MessageDocument document, Sentence? accepting)
        => accepting is not null
            && TakeOn.IsMatchAnywhere(document, skipNegated: true)
            && Deliver.IsMatchAnywhere(document, skipNegated: true);

    /// <summary>
    /// An acceptance, a first-person work verb, a promise to deliver or the day the work starts («вопросов нет,
    /// стартуем завтра») anywhere in the draft: the writer commits to the work. A date alone does not ("no questions,
    /// see you at the call tomorrow").
    /// </summary>
    private static bool PromisesWork(MessageDocument document)
        => Accept.IsMatchAnywhere(document, skipNegated: true)
            || Work.IsMatchAnywhere(document, skipNegated: true)
            || Deliver.IsMatchAnywhere(document, skipNegated: true)
            || Start.IsMatchAnywhere(document, skipNegated: true);

    /// <summary>
    /// A quoted line of the client's message asks for new work ("> Нужен лендинг, сможете взяться?", "> can you
    /// build the onboarding sequence?"): the reply then takes on a new task, not a step of a clarified one.
    /// </summary>
    private static bool QuotesNewTask(MessageDocument document)
    {
        foreach (var region in document.ExcludedRegions)
        {
            if (region.Kind != ExcludedRegionKind.Quote)
            {
                continue;
            }

            var quoted = document.Text.Substring(region.Span.Start, region.Span.Length);
            if (NewTask.Russian.IsMatch(quoted) || NewTask.English.IsMatch(quoted))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The reply echoes the task back and takes it on at once ("лендинг под весеннюю акцию? ок, берём в работу, к
    /// пятнице скину первый вариант", "Логотип для кофейни? Без проблем, сделаю, завтра вечером покажу"): naming the
    /// task as a question shows it is new to this conversation, so the date that follows is a promise about work
    /// nobody has discussed yet, as after a quoted request (eighteenth session, blind set AA).
    /// </summary>
    private static bool EchoesNewTask(MessageDocument document)
    {
        var sentences = document.Sentences;
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            if (sentence.Language != MessageLanguage.Other
                && HasQuestion(sentence)
                && EchoesTheTask(document, sentence, i + 1 < sentences.Count ? sentences[i + 1] : null))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The draft quotes the client's message ("> да, всё верно, 3 баннера…"): a reply saying "всё понятно" answers
    /// what the quote shows, so it is no claim that nothing needs asking.
    /// </summary>
    private static bool QuotesClient(MessageDocument document)
    {
        foreach (var region in document.ExcludedRegions)
        {
            if (region.Kind == ExcludedRegionKind.Quote)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A question mark outside quotation marks: the writer asks something.</summary>
    private static bool HasQuestion(Sentence sentence)
    {
        var prose = sentence.Prose;
        for (var i = prose.IndexOf('?', StringComparison.Ordinal); i >= 0; i = prose.IndexOf('?', i + 1))
        {
            if (!QuotedSpeech.IsInsideQuotes(prose, i))
            {
                return true;
            }
        }

        return false;
    }
}
