using System.Collections.Frozen;
using MessageLint.Core.Configuration;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Lexicons;
using MessageLint.Core.Text;
using MessageLint.Rules.Infrastructure;

namespace MessageLint.Rules.Principle4;

/// <summary>
/// ML4002: a report, after the fact, that agreed work was redone or changed on the writer's own
/// initiative ("переделал согласованный макет", "I went ahead and changed the colours"). A change
/// verb fires only with a sign nearby that nobody asked — agreed or approved work, "заодно",
/// "решил", "so it reads better", "already live" — and stays silent when the client asked for it
/// ("как вы просили", "as agreed"), when it is a fix of one's own bug, when it is negated, or when
/// the message looks back at a past habit ("в прошлый раз", "last time"). Changes proposed before
/// doing them use future or conditional verbs, which the lexicons do not hold.
/// </summary>
public sealed class ML4002SilentRework : MessageRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "ML4002",
        new LocalizedText("Agreed work changed without asking", "Согласованное изменено без спроса"),
        new LocalizedText("\"{0}\" reports a change to agreed work after the fact: propose it with a reason and ask first", "«{0}» сообщает об изменении уже после него: сначала предложите изменение с причиной и спросите"),
        Principle.PredictableStatus,
        Severity.Warning,
        profileSeverities: new Dictionary<string, Severity> { [BuiltInProfiles.StatusUpdate] = Severity.Warning },
        corpusLabels: ["silent-rework"]);

    /// <summary>A message of at most this many sentences is judged as a whole.</summary>
    private const int ShortMessageSentences = 5;

    /// <summary>Words right before a verb that make someone else its subject, or make it passive.</summary>
    private static readonly FrozenSet<string> OtherSubjects = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "вы", "ты", "клиент", "заказчик", "они", "он", "она", "вам", "you", "they", "he", "she", "client",
        "was", "were", "been", "be", "is", "are", "get", "got", "has", "it", "that", "this", "what", "which", "before", "перед",
        "кто", "который", "которая", "которые", "тот",
        "биржа", "платформа", "площадка", "сервис", "банк", "заказчица", "клиентка",
        "поставщик", "подрядчик", "типография", "производитель", "фабрика", "supplier", "vendor", "manufacturer");

    /// <summary>
    /// The people among <see cref="OtherSubjects"/>: before a phrase that reports rework on its own ("решил сменить",
    /// "went ahead and"), only a person makes the change someone else's («Заказчик решил сменить концепцию»); a word
    /// such as "it" or "this" before "while I was at it" does not.
    /// </summary>
    private static readonly FrozenSet<string> PersonSubjects = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "вы", "ты", "клиент", "клиенты", "заказчик", "заказчики", "заказчица", "клиентка", "они", "он", "она",
        "you", "they", "he", "she", "client", "clients", "customer");

    /// <summary>
    /// Adverbs that may stand between a subject and its verb ("he also deleted", «биржа опять поменяла»):
    /// the subject is looked for before them (twelfth session, blind sets H and I).
    /// </summary>
    private static readonly FrozenSet<string> SubjectAdverbs = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "also", "just", "already", "even", "then", "actually", "finally", "recently", "quietly", "totally", "literally", "basically", "kinda",
        "опять", "снова", "тоже", "также", "уже", "вдруг", "просто", "еще", "ещё", "внезапно", "зачем-то", "сам", "сама", "сами");

    /// <summary>Articles before a clause's subject noun.</summary>
    private static readonly FrozenSet<string> Articles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "the", "a", "an");

    /// <summary>Words that chain a verb to the one before it, so that both share one subject.</summary>
    private static readonly FrozenSet<string> ChainingConjunctions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "и", "and", "или", "or");

    /// <summary>
    /// Words an English change verb may follow and still be the writer's own report: a first-person
    /// subject, or an adverb of a chat-style sentence without one ("Swapped the font", "btw I changed").
    /// </summary>
    private static readonly FrozenSet<string> FirstPersonLeads = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "i", "we", "i've", "we've", "ive", "just", "also", "already", "then", "and", "so", "btw", "fyi", "actually",
        "finally", "have", "even", "kinda", "literally", "basically", "totally", "quietly", "recently", "partly", "since", "ok", "okay", "yeah", "up");

    /// <summary>Words a few places before a verb that make it a wish or a hypothesis, not a report ("я бы его переписал").</summary>
    private static readonly FrozenSet<string> Conditionals = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "бы", "would", "could", "might", "will", "can", "should", "i'd", "we'd", "i'll", "we'll");

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
        var match = FirstUsable(sentence, "ML4002.strong", checkSubject: false);
        if (match is null)
        {
            var verb = FirstUsable(sentence, "ML4002.change", checkSubject: true)
                ?? (RuleLanguage.AnyMatch(sentence, "ML4002.instead") ? FirstUsable(sentence, "ML4002.generic", checkSubject: true) : null);
            if (verb is null || !HasSignalNearby(context.Document, sentence, "ML4002.unasked"))
            {
                return;
            }

            match = verb;
        }

        if (HasSignalNearby(context.Document, sentence, "ML4002.asked")
            || HasSignalNearby(context.Document, sentence, "ML4002.skip")
            || IsCaseStudy(context.Document))
        {
            return;
        }

        var found = match.Value;
        var language = RuleLanguage.OutputLanguage(context);
        new ModelAwareReporter(context, Descriptor).ReportAt(
            found.Index,
            found.Length,
            [found.Value],
            [ProposeFirstSuggestion(language)],
            [new Evidence("phrase", found.Value)]);
    }

    /// <summary>
    /// A public write-up of one's own work, titled so in its first sentence ("Case study: …", «Кейс: …», "How we
    /// rebuilt…"): what it says was changed is a story of work done, not a message to the client that agreed work
    /// changed (seventeenth session, blind sets A3 and C3). Asked only once a change was found, so it costs nothing
    /// on most drafts.
    /// </summary>
    private static bool IsCaseStudy(MessageDocument document)
    {
        foreach (var first in document.Sentences)
        {
            if (first.Language != MessageLanguage.Other)
            {
                return RuleLanguage.AnyMatch(first, "ML4002.casestudy");
            }
        }

        return false;
    }

    /// <summary>
    /// The first match that is not quoted or negated; verbs must also have the writer as their subject, and a phrase
    /// that reports rework on its own ("решил сменить", "decided to switch") must not have another named subject
    /// right before it: «Заказчик решил сменить концепцию» is the client's change, not the writer's (thirteenth
    /// session, set N).
    /// </summary>
    private static LexiconMatch? FirstUsable(Sentence sentence, string name, bool checkSubject)
    {
        LexiconMatch? best = null;
        foreach (var lexicon in RuleLanguage.LexiconsFor(sentence, name))
        {
            foreach (var match in lexicon.Matches(sentence.Prose))
            {
                if (QuotedSpeech.IsInsideQuotes(sentence.Prose, match.Index)
                    || IsReflexive(match.Value)
                    || Negation.IsNegated(sentence.Prose, match.Index, window: 2)
                    || (checkSubject && (HasOtherSubject(sentence.Prose, match.Index) || IsConditional(sentence.Prose, match.Index)))
                    || (!checkSubject && HasOtherSubject(sentence.Prose, match.Index, PersonSubjects)))
                {
                    continue;
                }

                if (best is null || match.Index < best.Value.Index)
                {
                    best = match;
                }

                break;
            }
        }

        return best;
    }

    /// <summary>
    /// A single Russian verb in the reflexive past ("у клиента сменился маркетолог", «часть компонентов поменялась»):
    /// something changed, or was changed by someone, which is no report of the writer redoing agreed work (fourteenth
    /// session, set Q). A phrase that ends in a reflexive infinitive («решил отказаться от слайдера») is the writer's.
    /// </summary>
    private static bool IsReflexive(string verb)
        => IsOneWord(verb)
            && (verb.EndsWith("лся", StringComparison.OrdinalIgnoreCase) || verb.EndsWith("лась", StringComparison.OrdinalIgnoreCase)
                || verb.EndsWith("лось", StringComparison.OrdinalIgnoreCase) || verb.EndsWith("лись", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// True when the word at <paramref name="index"/> is written in Latin letters only: an English verb needs a
    /// first-person lead, while a Russian verb built on an English stem («tweak'нула», «refactor'нул») takes Russian
    /// word order (seventeenth session, blind sets F3 and G3).
    /// </summary>
    private static bool IsEnglishWordAt(string prose, int index)
    {
        if (index >= prose.Length || !char.IsAsciiLetter(prose[index]))
        {
            return false;
        }

        for (var i = index; i < prose.Length && (char.IsLetter(prose[i]) || prose[i] is '\'' or '’'); i++)
        {
            if (char.IsLetter(prose[i]) && !char.IsAsciiLetter(prose[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOneWord(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasOtherSubject(string prose, int index) => HasOtherSubject(prose, index, null);

    /// <summary>
    /// True when someone other than the writer is the verb's subject. Given <paramref name="named"/>, only one of
    /// those words counts, right before the verb or opening a chained clause, not an English verb's lack of a
    /// first-person lead.
    /// </summary>
    private static bool HasOtherSubject(string prose, int index, FrozenSet<string>? named)
    {
        var subjects = (named ?? OtherSubjects).GetAlternateLookup<ReadOnlySpan<char>>();
        if (TryChainedClauseSubject(prose, index, out var subject))
        {
            return subjects.Contains(subject);
        }

        if (named is null && IsEnglishWordAt(prose, index) && !HasFirstPersonLead(prose, index))
        {
            return true;
        }

        var end = index;
        for (var skipped = 0; ; skipped++)
        {
            while (end > 0 && char.IsWhiteSpace(prose[end - 1]))
            {
                end--;
            }

            var start = end;
            while (start > 0 && (char.IsLetter(prose[start - 1]) || prose[start - 1] is '\'' or '’' or '-'))
            {
                start--;
            }

            if (start == end)
            {
                return false;
            }

            var word = prose.AsSpan(start, end - start);
            if (subjects.Contains(word))
            {
                return true;
            }

            if (skipped == 2 || !SubjectAdverbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return false;
            }

            end = start;
        }
    }

    /// <summary>
    /// True when the verb at <paramref name="index"/> is chained to an earlier one by "и", "and", "или", "or"
    /// or an ellipsis ("он открыл файл и переписал", "кто исправил…переписал", "he opened it and rewrote"):
    /// it shares that clause's subject, the clause's first word, given in <paramref name="subject"/>. A comma
    /// does not chain: "вы утвердили макет, переделал шапку" has two subjects.
    /// </summary>
    private static bool TryChainedClauseSubject(string prose, int index, out ReadOnlySpan<char> subject)
    {
        subject = default;
        var end = index;
        while (end > 0 && char.IsWhiteSpace(prose[end - 1]))
        {
            end--;
        }

        if (end > 0 && (prose[end - 1] == '…' || (end > 1 && prose[end - 1] == '.' && prose[end - 2] == '.')))
        {
            while (end > 0 && prose[end - 1] is '…' or '.')
            {
                end--;
            }
        }
        else
        {
            var start = end;
            while (start > 0 && char.IsLetter(prose[start - 1]))
            {
                start--;
            }

            if (start == end || !ChainingConjunctions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(prose.AsSpan(start, end - start)))
            {
                return false;
            }

            end = start;
        }

        var clause = end;
        while (clause > 0 && prose[clause - 1] is not (',' or ';' or ':' or '(' or '—' or '–' or '!' or '?' or '.' or '«' or '"'))
        {
            clause--;
        }

        while (clause < end && !char.IsLetter(prose[clause]))
        {
            clause++;
        }

        var wordEnd = WordEnd(prose, clause, end);
        if (Articles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(prose.AsSpan(clause, wordEnd - clause)))
        {
            // "The client opened it and rewrote…": the subject is the noun after the article.
            clause = wordEnd;
            while (clause < end && !char.IsLetter(prose[clause]))
            {
                clause++;
            }

            wordEnd = WordEnd(prose, clause, end);
        }

        subject = prose.AsSpan(clause, wordEnd - clause);
        return wordEnd > clause;
    }

    private static int WordEnd(string prose, int start, int end)
    {
        var wordEnd = start;
        while (wordEnd < end && (char.IsLetter(prose[wordEnd]) || prose[wordEnd] is '\'' or '’'))
        {
            wordEnd++;
        }

        return wordEnd;
    }

    /// <summary>True when the English verb at <paramref name="index"/> opens its clause or follows a first-person subject or an adverb.</summary>
    private static bool HasFirstPersonLead(string prose, int index)
    {
        var end = index;
        while (end > 0 && prose[end - 1] == ' ')
        {
            end--;
        }

        if (end == 0 || !char.IsLetter(prose[end - 1]))
        {
            return true;
        }

        var start = end;
        while (start > 0 && (char.IsLetter(prose[start - 1]) || prose[start - 1] is '\'' or '’'))
        {
            start--;
        }

        var word = prose.AsSpan(start, end - start);
        return FirstPersonLeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
            || word.EndsWith("ly", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsConditional(string prose, int index)
    {
        var lookup = Conditionals.GetAlternateLookup<ReadOnlySpan<char>>();
        var end = index;
        for (var seen = 0; seen < 3 && end > 0; seen++)
        {
            while (end > 0 && !char.IsLetter(prose[end - 1]))
            {
                if (prose[end - 1] is ',' or '.' or ';' or ':' or '!' or '?' or '—')
                {
                    return false;
                }

                end--;
            }

            var start = end;
            while (start > 0 && (char.IsLetter(prose[start - 1]) || prose[start - 1] is '\'' or '’'))
            {
                start--;
            }

            if (start < end && lookup.Contains(prose.AsSpan(start, end - start)))
            {
                return true;
            }

            end = start;
        }

        return false;
    }
    /// <summary>True when the lexicon matches this sentence, or any sentence of a short message, or a neighbour in a long one.</summary>
    private static bool HasSignalNearby(MessageDocument document, Sentence sentence, string name)
    {
        var isShort = document.Sentences.Count <= ShortMessageSentences;
        foreach (var other in document.Sentences)
        {
            var isNear = other.Index == sentence.Index
                || isShort
                || (other.ParagraphIndex == sentence.ParagraphIndex && Math.Abs(other.Index - sentence.Index) <= 1);
            if (isNear && AnyUnquoted(other, name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyUnquoted(Sentence sentence, string name)
    {
        foreach (var lexicon in RuleLanguage.LexiconsFor(sentence, name))
        {
            foreach (var match in lexicon.Matches(sentence.Prose))
            {
                if (!QuotedSpeech.IsInsideQuotes(sentence.Prose, match.Index))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static Suggestion ProposeFirstSuggestion(MessageLanguage language) => new(
        language == MessageLanguage.Russian
            ? "Сначала предложите изменение с причиной и спросите: «Предлагаю поменять X, потому что Y. Согласны?»"
            : "Propose the change with a reason before making it: \"I suggest changing X, because Y. OK with you?\"",
        [],
        IsAutomatic: false);
}
