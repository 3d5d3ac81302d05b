using System.Collections.Frozen;
using MessageLint.Core.Configuration;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Lexicons;
using MessageLint.Core.Text;
using MessageLint.Rules.Infrastructure;

namespace MessageLint.Rules.Principle3;

/// <summary>
/// ML3001: speaking badly of clients — insults, irritation, sneering generalisations ("клиенты вечно
/// не читают"), softened jabs ("не все вы такие, но…", "there are clients who…") and mockery of a
/// client's story. It pairs a client word with a negative evaluation in the same clause, and stays
/// silent on quotes, negation, denials ("I never say clients are stupid"), retractions ("I used to
/// blame clients") and advice against badmouthing, so neutral and warm talk about clients passes.
/// </summary>
public sealed class ML3001SpeakingBadlyOfClients : MessageRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "ML3001",
        new LocalizedText("Speaking badly of clients", "Плохо о клиентах"),
        new LocalizedText(
            "{0}: talk about the task or your own process, not about what clients are like",
            "{0}: говорите о задаче или своём процессе, а не о том, какие бывают клиенты"),
        Principle.NoBadmouthing,
        Severity.Warning,
        profileSeverities: new Dictionary<string, Severity> { [BuiltInProfiles.PublicPost] = Severity.Error },
        corpusLabels: ["complaint-about-client"]);

    /// <summary>The writer, as a one-word answer: "Me.", "Я."</summary>
    private static readonly FrozenSet<string> SelfWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "me", "myself", "я", "сам", "сама");

    /// <summary>Words that may stand around the writer in such an answer: "It was me, of course.", "Это был я, конечно."</summary>
    private static readonly FrozenSet<string> SelfAnswerFillers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "it", "was", "of", "course", "yep", "yes", "это", "был", "была", "конечно", "ну", "да");

    /// <summary>How many words may stand between a client word and a negative evaluation of it.</summary>
    private const int TraitWindow = 6;

    /// <summary>How many words may stand between a client word and a habit word after it ("клиенты у нас вечно").</summary>
    private const int HabitWindow = 3;

    /// <summary>How many words may stand between a sneering word and the client word after it ("опять заказчица").</summary>
    private const int LeadWindow = 1;

    /// <summary>How far an eye-roll emoji may stand from the client word in its sentence.</summary>
    private const int MoodWindow = 12;

    /// <summary>Words that may stand between "для"/"for" and a client word it governs.</summary>
    private static readonly FrozenSet<string> BeneficiaryDeterminers = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "our", "my", "this", "that", "one", "new", "every", "each", "their", "your",
        "нашего", "нашей", "наших", "моего", "моей", "моих", "этого", "этой", "этих", "одного", "одной", "нового", "новой", "новых", "каждого", "каждой");

    /// <summary>How many words may stand between a pronoun that stands for a client and what is said about it.</summary>
    private const int PronounWindow = 3;

    /// <summary>How many sentences back a pronoun or a sarcastic tag may look for the client it refers to.</summary>
    private const int LookBack = 3;

    /// <summary>The longest sentence that can be a sarcastic tag.</summary>
    private const int MaxTagWords = 6;

    /// <summary>How many words after a finding a defence of the client may start (ML3001.defend).</summary>
    private const int DefenceWindow = 6;

    /// <summary>The client's own people, whom a sentence may describe without describing the client.</summary>
    private static readonly string[] ClientsOwnPeople = ["customers", "users", "visitors", "audience", "buyers", "readers", "subscribers", "patients", "guests", "employees", "staff", "clients", "shoppers", "members", "students"];

    /// <summary>Lexicons of self-contained jabs, split so that each compiled pattern stays small and quick to JIT.</summary>
    private static readonly string[] PhraseLexicons = ["ML3001.phrase", "ML3001.jab"];

    private static readonly LocalizedText ComplaintReason = new("A complaint about a client", "Жалоба на клиента");
    private static readonly LocalizedText GeneralisationReason = new("A sneering generalisation about clients", "Пренебрежительное обобщение о клиентах");
    private static readonly LocalizedText JabReason = new("A jab at clients", "Шпилька в адрес клиентов");
    private static readonly LocalizedText ModelReason = new("Sounds like a complaint about clients", "Звучит как жалоба на клиентов");
    private static readonly LocalizedText MockeryReason = new("Mockery of a client", "Насмешка над клиентом");

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
        var prose = sentence.Prose;
        var finding = new ClientComplaintFinding(sentence);

        bool? answeredByTheWriter = null;
        foreach (var name in PhraseLexicons)
        {
            foreach (var lexicon in RuleLanguage.LexiconsFor(sentence, name))
            {
                foreach (var match in lexicon.Matches(prose))
                {
                    // "Guess who forgot the file again? Me.": a riddle the writer answers with themselves is self-irony.
                    if (!Negation.IsNegated(prose, match.Index) && !finding.IsBlocked(match.Index) && !(answeredByTheWriter ??= IsAnsweredByTheWriter(context)))
                    {
                        finding.Add(match.Index, match.Index + match.Length, JabReason, match.Value, isStrong: false);
                    }
                }
            }
        }

        var clients = ClientReferences(sentence);
        if (clients.Count > 0)
        {
            PairWithClients(sentence, WithoutBeneficiaries(sentence, clients), "ML3001.trait", TraitWindow, ClientWordPosition.Any, ComplaintReason, finding);
            PairWithClients(sentence, clients, "ML3001.habit", HabitWindow, ClientWordPosition.ClientFirst, GeneralisationReason, finding);
            PairWithClients(sentence, clients, "ML3001.lead", LeadWindow, ClientWordPosition.ClientLast, GeneralisationReason, finding);
            // An eye-roll emoji is the writer's own reaction, so a reporting frame before it does not make it the client's words:
            // "When the client says the design is basically done 🤡" (thirtieth session, blind set AV). Quotes still do.
            PairWithClients(sentence, clients, "ML3001.mood", MoodWindow, ClientWordPosition.Any, MockeryReason, finding, framesBlock: false);
        }
        else if (FollowsClientSentence(context))
        {
            // "The client changed the brief again. As usual, they have no idea…": the pronoun is the client.
            var pronouns = Matches(sentence, "ML3001.pronoun");
            if (pronouns.Count > 0)
            {
                PairWithClients(sentence, pronouns, "ML3001.trait", PronounWindow, ClientWordPosition.Any, ComplaintReason, finding);
                PairWithClients(sentence, pronouns, "ML3001.habit", PronounWindow, ClientWordPosition.ClientFirst, GeneralisationReason, finding);
            }

            if (!finding.HasAny)
            {
                FindMockeryTag(context, finding);
            }
        }

        if (!finding.HasAny)
        {
            FindTurnAfterSetup(context, finding);
        }

        if (finding.HasAny && !(finding.IsOnlyGeneralisation && (IsFollowedByRemedy(sentence, finding.End) || OpensNextWithRemedy(context) || IsWarm(sentence, finding))) && !IsDefended(sentence, finding))
        {
            Report(context, new ModelAwareReporter(context, Descriptor), finding);
        }
        else if (ModelAwareReporter.WouldReportModelOnlyFor(context, sentence, Descriptor))
        {
            new ModelAwareReporter(context, Descriptor).ReportModelOnly([ModelReason.Get(RuleLanguage.OutputLanguage(context))], [Suggestion(RuleLanguage.OutputLanguage(context))]);
        }
    }

    /// <summary>
    /// True when the next sentence of the paragraph names only the writer ("Me.", "It was me.", "Я.", "Это
    /// был я."), answering the stock riddle before it ("Guess who…", "Угадайте, кто…") with themselves.
    /// </summary>
    private static bool IsAnsweredByTheWriter(SentenceContext context)
    {
        var sentences = context.Document.Sentences;
        var next = context.Sentence.Index + 1;
        if (next >= sentences.Count || sentences[next].ParagraphIndex != context.Sentence.ParagraphIndex)
        {
            return false;
        }

        // Up to the first full stop: the segmenter keeps "Я. Исправляюсь…" together, as it would an initial.
        var answer = sentences[next].Prose;
        var stop = answer.AsSpan().IndexOfAny('.', '!', '?');
        // Emoji are no words: "Я 🙈" answers the riddle as "Я." does (twenty-seventh session, probe p-hD-131).
        var words = (stop < 0 ? answer : answer[..stop]).Split((char[])[' ', ',', '…', ')', '('], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Any(char.IsLetterOrDigit))
            .ToArray();
        return words.Length is >= 1 and <= 4
            && words.Any(w => SelfWords.Contains(w))
            && words.All(w => SelfWords.Contains(w) || SelfAnswerFillers.Contains(w));
    }

    /// <summary>True when the finding's clause praises: "клиенты постоянно хвалят навигацию" is not a sneer.</summary>
    private static bool IsWarm(Sentence sentence, ClientComplaintFinding finding)
    {
        var prose = sentence.Prose;
        foreach (var lexicon in RuleLanguage.LexiconsFor(sentence, "ML3001.warm"))
        {
            foreach (var match in lexicon.Matches(prose))
            {
                var matchEnd = match.Index + match.Length;
                var sameClause = match.Index >= finding.End
                    ? Clause.WordsBetween(prose, finding.End, match.Index) >= 0
                    : matchEnd <= finding.Start && Clause.WordsBetween(prose, matchEnd, finding.Start) >= 0;
                if (sameClause && !Negation.IsNegated(prose, match.Index))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The writer takes the client's side right after the remark (ML3001.defend): "Клиенты ничего не понимают в коде — и не
    /// должны, это наша работа", "со странностями в лучшем смысле", "quirky in the best way" (twenty-seventh session, probes
    /// p-hD-172, 173). Only after the finding, so "In the best way possible: clients are idiots" stays a sneer.
    /// </summary>
    private static bool IsDefended(Sentence sentence, ClientComplaintFinding finding)
    {
        foreach (var lexicon in RuleLanguage.LexiconsFor(sentence, "ML3001.defend"))
        {
            foreach (var match in lexicon.Matches(sentence.Prose))
            {
                if (match.Index >= finding.End && Clause.CountWords(sentence.Prose.AsSpan(finding.End, match.Index - finding.End)) <= DefenceWindow)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when the writer turns the observation into their own process: "…, so I'll start with a moodboard".</summary>
    private static bool IsFollowedByRemedy(Sentence sentence, int end)
    {
        var rest = sentence.Prose.AsSpan(end);
        if (rest.IsWhiteSpace())
        {
            return false;
        }

        foreach (var lexicon in RuleLanguage.LexiconsFor(sentence, "ML3001.remedy"))
        {
            if (lexicon.FirstMatch(sentence.Prose) is { } match && match.Index >= end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the next sentence of the paragraph opens with the writer's process: "Clients think a brief
    /// is a waste of money until they see the savings. So I show an example first."
    /// </summary>
    private static bool OpensNextWithRemedy(SentenceContext context)
    {
        var sentences = context.Document.Sentences;
        var next = context.Sentence.Index + 1;
        return next < sentences.Count
            && sentences[next].ParagraphIndex == context.Sentence.ParagraphIndex
            && sentences[next].Language != MessageLanguage.Other
            && RuleLanguage.OpensWith(sentences[next], "ML3001.remedy");
    }

    private static void PairWithClients(
        Sentence sentence,
        List<LexiconMatch> clients,
        string lexiconName,
        int window,
        ClientWordPosition order,
        LocalizedText reason,
        ClientComplaintFinding finding,
        bool framesBlock = true)
    {
        var prose = sentence.Prose;
        foreach (var lexicon in RuleLanguage.LexiconsFor(sentence, lexiconName))
        {
            foreach (var match in lexicon.Matches(prose))
            {
                if (Negation.IsNegated(prose, match.Index) || (framesBlock ? finding.IsBlocked(match.Index) : finding.IsQuoted(match.Index)))
                {
                    continue;
                }

                foreach (var client in clients)
                {
                    var clientEnd = client.Index + client.Length;
                    var matchEnd = match.Index + match.Length;
                    int distance;
                    if (clientEnd <= match.Index && order != ClientWordPosition.ClientLast)
                    {
                        distance = Clause.WordsBetween(prose, clientEnd, match.Index);
                    }
                    else if (matchEnd <= client.Index && order != ClientWordPosition.ClientFirst)
                    {
                        distance = Clause.WordsBetween(prose, matchEnd, client.Index);
                    }
                    else if (order == ClientWordPosition.Any && client.Index < matchEnd && match.Index < clientEnd)
                    {
                        distance = 0;
                    }
                    else
                    {
                        continue;
                    }

                    if (distance >= 0 && distance <= window)
                    {
                        finding.Add(Math.Min(client.Index, match.Index), Math.Max(clientEnd, matchEnd), reason, match.Value, isStrong: reason != GeneralisationReason);
                        break;
                    }
                }
            }
        }
    }

    /// <summary>True when one of the few sentences before, in the same paragraph, speaks about a client.</summary>
    private static bool FollowsClientSentence(SentenceContext context)
    {
        var sentence = context.Sentence;
        var sentences = context.Document.Sentences;
        for (var i = sentence.Index - 1; i >= 0 && i >= sentence.Index - LookBack; i--)
        {
            var previous = sentences[i];
            if (previous.ParagraphIndex != sentence.ParagraphIndex)
            {
                return false;
            }

            if (previous.Language != MessageLanguage.Other && ClientReferences(previous).Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A jab saved for the sentence after a set-up: "Some clients are amazing. Others think…", "I love my current
    /// clients! Past clients though…", "The hardest part isn't the work. It's clients who…", «Я люблю всех своих
    /// клиентов. Кроме тех, кто…». The sentence right before, in the same paragraph, praises clients or clears the
    /// work (ML3001.setup), and this one opens with the turn (ML3001.turn). It is a jab, so a remedy or a warm word
    /// after the turn ("Others need more time, so I plan for it") keeps it silent.
    /// </summary>
    private static void FindTurnAfterSetup(SentenceContext context, ClientComplaintFinding finding)
    {
        var sentence = context.Sentence;
        var sentences = context.Document.Sentences;
        var previous = sentence.Index - 1;
        if (previous < 0
            || sentences[previous].ParagraphIndex != sentence.ParagraphIndex
            || sentences[previous].Language == MessageLanguage.Other
            || RuleLanguage.FirstUnquoted(sentences[previous], "ML3001.setup", checkNegation: true) is null)
        {
            return;
        }

        if (RuleLanguage.OpeningMatch(sentence, "ML3001.turn") is { } turn && !finding.IsBlocked(turn.Index))
        {
            finding.Add(turn.Index, turn.Index + turn.Length, JabReason, turn.Value, isStrong: false);
        }
    }

    /// <summary>
    /// True when a sentence before this one frames the post as the writer's own mistake ("My biggest mistake this
    /// year: …", «Моя главная ошибка…», "Lesson learned") and the sentence right before this one does not speak
    /// about a client ("…Now every update has a date. Every single one."): the short emphatic sentence closes the
    /// writer's own lesson, not a story about a client (thirteenth session, set M). "My biggest mistake: taking that
    /// client. The client rewrote the brief five times. Classic." still mocks the client.
    /// </summary>
    private static bool TellsOwnMistake(SentenceContext context)
    {
        var sentences = context.Document.Sentences;
        var index = context.Sentence.Index;
        if (index == 0 || (sentences[index - 1].Language != MessageLanguage.Other && ClientReferences(sentences[index - 1]).Count > 0))
        {
            return false;
        }

        for (var i = index - 1; i >= 0; i--)
        {
            if (sentences[i].Language != MessageLanguage.Other && RuleLanguage.FirstUnquoted(sentences[i], "ML3001.selfblame", checkNegation: true) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A short sarcastic sentence ("Ну спасибо.", "Inspiring stuff.", "🙄") right after a sentence about a client;
    /// the sarcastic tags are not looked for when the post tells the writer's own mistake (<see cref="TellsOwnMistake"/>).
    /// </summary>
    private static void FindMockeryTag(SentenceContext context, ClientComplaintFinding finding)
    {
        var sentence = context.Sentence;
        var prose = sentence.Prose;
        var totalWords = Clause.CountWords(prose) - CountHashtags(prose);
        if (totalWords > MaxTagWords)
        {
            return;
        }

        if (!TellsOwnMistake(context))
        {
            foreach (var lexicon in RuleLanguage.LexiconsFor(sentence, "ML3001.tag"))
            {
                if (lexicon.FirstMatch(prose) is { } tag && IsWholeSentence(totalWords, Clause.CountWords(tag.Value)) && !QuotedSpeech.IsInsideQuotes(prose, tag.Index))
                {
                    finding.Add(tag.Index, tag.Index + tag.Length, MockeryReason, tag.Value, isStrong: true);
                    return;
                }
            }
        }

        foreach (var lexicon in RuleLanguage.LexiconsFor(sentence, "ML3001.mood"))
        {
            if (lexicon.FirstMatch(prose) is { } mood)
            {
                finding.Add(mood.Index, mood.Index + mood.Length, MockeryReason, mood.Value, isStrong: true);
                return;
            }
        }
    }

    /// <summary>
    /// Hashtags closing a post ("You can't make this stuff up 😂 #agencylife") are not words of the sentence: a tag
    /// followed by them is still the whole sentence (eighteenth session, blind set AA).
    /// </summary>
    private static int CountHashtags(string prose)
    {
        var count = 0;
        for (var i = prose.IndexOf('#'); i >= 0 && i + 1 < prose.Length; i = prose.IndexOf('#', i + 1))
        {
            if (char.IsLetterOrDigit(prose[i + 1]) && (i == 0 || !char.IsLetterOrDigit(prose[i - 1])))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>A tag is the sentence when at most one word is left over, or when it is a phrase of three words or more.</summary>
    private static bool IsWholeSentence(int sentenceWords, int tagWords) => sentenceWords - tagWords <= 1 || tagWords >= 3;

    private static List<LexiconMatch> Matches(Sentence sentence, string lexiconName)
    {
        var result = new List<LexiconMatch>();
        foreach (var lexicon in RuleLanguage.LexiconsFor(sentence, lexiconName))
        {
            foreach (var match in lexicon.Matches(sentence.Prose))
            {
                if (!QuotedSpeech.IsInsideQuotes(sentence.Prose, match.Index))
                {
                    result.Add(match);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Client words the writer speaks about: not inside quotes, not someone's customers ("ваши клиенты", "your
    /// clients"), and not denied ("бесит комиссия, а не клиенты", "it wasn't a client", "not every client"). A
    /// negator further back does not deny the client: "never had a client who paid on time" is still about one.
    /// </summary>
    private static List<LexiconMatch> ClientReferences(Sentence sentence)
    {
        var prose = sentence.Prose;
        var result = new List<LexiconMatch>();
        foreach (var lexicon in RuleLanguage.LexiconsFor(sentence, "ML3001.client"))
        {
            foreach (var match in lexicon.Matches(prose))
            {
                if (!QuotedSpeech.IsInsideQuotes(prose, match.Index)
                    && !IsOwnedByOthers(sentence, match.Index)
                    && !NamesSomethingOfTheClient(prose, match)
                    && !Negation.IsNegated(prose, match.Index, window: 2))
                {
                    result.Add(match);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The client references that are not the beneficiary of the work: in "для клиента настроили жадный
    /// алгоритм" or "we built it for our client" a trait word describes the work, not the client.
    /// </summary>
    private static List<LexiconMatch> WithoutBeneficiaries(Sentence sentence, List<LexiconMatch> clients)
    {
        List<LexiconMatch>? kept = null;
        for (var i = 0; i < clients.Count; i++)
        {
            if (IsBeneficiary(sentence.Prose, clients[i].Index))
            {
                kept ??= clients.GetRange(0, i);
            }
            else
            {
                kept?.Add(clients[i]);
            }
        }

        return kept ?? clients;
    }

    /// <summary>True when "для"/"for" comes before the client word, with at most two determiners between ("for our client", «для нашего клиента»).</summary>
    private static bool IsBeneficiary(string prose, int clientIndex)
    {
        var index = clientIndex;
        for (var step = 0; step < 3; step++)
        {
            var start = Clause.PreviousWordStart(prose, index, out var end);
            if (start < 0)
            {
                return false;
            }

            var word = prose.AsSpan(start, end - start);
            if (word.Equals("для", StringComparison.OrdinalIgnoreCase) || word.Equals("for", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (!BeneficiaryDeterminers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return false;
            }

            index = start;
        }

        return false;
    }

    /// <summary>
    /// The client word names something of the client's, not the client: a "client-side bug", and the client's own customers
    /// ("our client's customers always find the search box first", "the client's users had no idea…") (twenty-seventh
    /// session, probes p-hD-017, 054, 069). «Клиентский» stays a client word: «клиентский маразм» is a sneer.
    /// </summary>
    private static bool NamesSomethingOfTheClient(string prose, LexiconMatch match)
    {
        var rest = prose.AsSpan(match.Index + match.Length);
        if (rest.StartsWith("-side", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("-server", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!match.Value.EndsWith("'s", StringComparison.OrdinalIgnoreCase) && !match.Value.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
        {
            if (!rest.StartsWith("'s ", StringComparison.Ordinal) && !rest.StartsWith("’s ", StringComparison.Ordinal))
            {
                return false;
            }

            rest = rest[3..];
        }
        else
        {
            rest = rest.TrimStart();
        }

        foreach (var people in ClientsOwnPeople)
        {
            if (rest.StartsWith(people, StringComparison.OrdinalIgnoreCase) && (rest.Length == people.Length || !char.IsLetter(rest[people.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOwnedByOthers(Sentence sentence, int clientIndex)
    {
        var start = Clause.PreviousWordStart(sentence.Prose, clientIndex, out var end);
        if (start < 0)
        {
            return false;
        }

        var word = sentence.Prose[start..end];
        foreach (var lexicon in RuleLanguage.LexiconsFor(sentence, "ML3001.owner"))
        {
            if (lexicon.IsMatch(word))
            {
                return true;
            }
        }

        return false;
    }

    private static Suggestion Suggestion(MessageLanguage language) => new(
        language == MessageLanguage.Russian
            ? "Расскажите о задаче и о том, что вы делаете иначе: «Чтобы правки не затягивались, теперь я фиксирую их списком после созвона»"
            : "Talk about the task and what you now do differently: \"To keep revisions short, I now list them in writing after each call\"",
        [],
        IsAutomatic: false);

    private static void Report(SentenceContext context, ModelAwareReporter reporter, ClientComplaintFinding finding)
    {
        var language = RuleLanguage.OutputLanguage(context);
        reporter.ReportAt(
            finding.Start,
            finding.End - finding.Start,
            [finding.Reason!.Get(language)],
            [Suggestion(language)],
            [.. finding.Evidence.Select(e => new Evidence("phrase", e))]);
    }
}
