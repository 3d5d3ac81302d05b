using System.Text.RegularExpressions;
using MessageLint.Core.Lexicons;
using MessageLint.Core.Text;
using MessageLint.Rules.Infrastructure;

namespace MessageLint.Rules.Principle5;

/// <summary>
/// What ML5001 and ML5002 share: finding the writer's own recommendation in a message, telling a
/// clarifying question about the task from a handed-over design decision, and finding a request to
/// pick among options — so the two rules agree on which of them a sentence belongs to.
/// </summary>
internal static class DecisionCues
{
    /// <summary>A message of at most this many sentences is read as one exchange about the same task.</summary>
    private const int ShortMessageSentences = 5;

    /// <summary>An "A or B?" of at most this many words can be the tail of the question before it ("top-down or 3/4?").</summary>
    private const int NarrowingWords = 7;

    /// <summary>
    /// A question word at the start, after a colon or after a dash that ends a preamble ("before I start — what's the
    /// camera angle?"), in a question that names no infinitive, "should" or "want": it asks a fact, not how to do the work.
    /// </summary>
    private static readonly Regex FactQuestion = new(
        @"(?:^|[:—–]\s*)(?:so\s+|and\s+|а\s+|и\s+)?(?:what|what's|which|who|where|when|how\s+many|что|какой|какая|какое|какие|кто|где|когда|сколько)(?![\p{L}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Words that make a question about doing the work: an infinitive, "should", "want", "prefer", "like".</summary>
    private static readonly Regex HowToDo = new(
        @"\b(?:to\s+\p{L}+|should|shall|want|prefer|like|would\s+you)\b|(?<![\p{L}])(?!(?:есть|быть)(?![\p{L}]))\p{L}+(?:ть|ться|чь)(?![\p{L}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>How many sentences before a deferral ("Your call.", «Как вам?») may hold the priced offer it defers on.</summary>
    private const int DeferralLookBack = 2;

    /// <summary>True when any sentence of the message recommends something or gives a reason ("Предлагаю…, потому что…").</summary>
    public static bool HasRecommendation(MessageDocument document)
    {
        foreach (var sentence in document.Sentences)
        {
            if (RuleLanguage.FirstUnquoted(sentence, "ML5001.recommendation", checkNegation: true) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the sentence after <paramref name="question"/> opens by announcing the writer's own
    /// answer ("Here's my checklist", «Рассказываю»): a post's rhetorical question, not a decision handed
    /// to the client.
    /// </summary>
    public static bool IsAnsweredNext(MessageDocument document, Sentence question)
    {
        var next = question.Index + 1;
        return next < document.Sentences.Count && RuleLanguage.OpensWith(document.Sentences[next], "ML5001.answer");
    }

    /// <summary>
    /// True when a sentence of the message opens by calling it a poll ("Poll:", «Опрос:», 📊): its
    /// questions ask the readers of a post, not a client handed a decision.
    /// </summary>
    public static bool IsPoll(MessageDocument document)
    {
        foreach (var sentence in document.Sentences)
        {
            if (RuleLanguage.OpensWith(sentence, "ML5002.poll"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A request to choose among options ("выбирайте", "which one?"), a deferral ("решайте", "your call")
    /// in a message that offers options, or an "A or B?" design question; null otherwise.
    /// </summary>
    public static LexiconMatch? FindOptionHandOff(MessageDocument document, Sentence sentence)
    {
        var handOff = RuleLanguage.FirstUnquoted(sentence, "ML5002.choose", checkNegation: true);
        if (handOff is null && RuleLanguage.FirstUnquoted(sentence, "ML5002.defer", checkNegation: true) is { } defer && OffersOptions(document))
        {
            // "Monthly invoices or per milestone? Either works for me.": a deferral after a question about a
            // fact or logistics leaves the client a practical choice, not a design decision; so does one
            // in or after a priced or phased offer ("…for $180, or we add it to phase 2. Your call.", "I can add them
            // for £150 a month, or we fold them into next quarter's plan — your call"), also when the start date stands
            // between them («Оценка — 5 роликов, 10 дней, 40 000 ₽. Могу стартовать с 1-го числа. Как вам?»; seventeenth
            // session, blind sets E3 and G3).
            if (RuleLanguage.AnyMatch(sentence, "ML5002.business"))
            {
                return null;
            }

            for (var back = 1; back <= DeferralLookBack && sentence.Index - back >= 0; back++)
            {
                if (IsBusinessChoice(document.Sentences[sentence.Index - back]))
                {
                    return null;
                }
            }

            handOff = defer;
        }

        if (handOff is not null)
        {
            // "Two options: I quote it separately, or we swap it for the partners page. Which do you prefer?":
            // a pick between a priced or scheduled offer and a trade-off is the client's business call
            // (twelfth session, blind sets H and I).
            return RuleLanguage.AnyMatch(sentence, "ML5002.not-choice") || RuleLanguage.AnyMatch(sentence, "ML5001.task") || FollowsBusinessChoice(document, sentence) ? null : handOff;
        }

        // A bare "A or B?" is the weakest sign: it stays silent when the message talks about the task,
        // when it is a fact or logistics question, when a question word opens it without a design
        // verb, when the options are dates ("вторник или среда?"), and when the writer asks it before
        // estimating the work ("…one-way or two-way? I'll send the estimate once I hear back"): the
        // question is about the scope the price depends on. Nor in or right after a priced, scoped or timed
        // offer ("It wasn't in the original scope, so it'd be about 2 extra days. This phase or a follow-up?"):
        // the client weighs the cost, which is their business call (thirteenth session, set M).
        if (!sentence.Prose.Contains('?', StringComparison.Ordinal)
            || FollowsBusinessChoice(document, sentence)
            || RuleLanguage.AnyMatch(sentence, "ML5002.business")
            || RuleLanguage.AnyMatch(sentence, "ML5002.not-choice")
            || RuleLanguage.AnyMatch(sentence, "ML5001.task")
            || RuleLanguage.AnyMatch(sentence, "ML5002.fact-frame")
            || NarrowsFactQuestion(document, sentence)
            || (RuleLanguage.AnyMatch(sentence, "ML5002.wh") && RuleLanguage.FirstUnquoted(sentence, "ML5001.decide", checkNegation: true) is null)
            || (document.Sentences.Count <= ShortMessageSentences && AnyOtherSentenceMatches(document, sentence, "ML5001.task"))
            || RuleLanguage.AnyMatch(sentence, "ML5002.estimate")
            || AnyOtherSentenceMatches(document, sentence, "ML5002.estimate"))
        {
            return null;
        }

        return RuleLanguage.FirstUnquoted(sentence, "ML5002.alternative", checkNegation: false) is { } alternative
            && !TimeExpressions.ContainsConcrete(alternative.Value)
            ? alternative
            : null;
    }

    /// <summary>
    /// True when the sentence right before <paramref name="sentence"/> offers a priced, scoped or scheduled
    /// choice (ML5002.business); an "A or B?" fact question before it does not count here ("Telegram or
    /// WhatsApp bot? Where do we build it?" still hands over a decision).
    /// </summary>
    private static bool FollowsBusinessChoice(MessageDocument document, Sentence sentence)
    {
        if (sentence.Index == 0)
        {
            return false;
        }

        var previous = document.Sentences[sentence.Index - 1];
        return previous.Language != MessageLanguage.Other && RuleLanguage.AnyMatch(previous, "ML5002.business");
    }

    /// <summary>
    /// A short "A or B?" right after a question-word question about a fact offers that question's likely answers:
    /// "what's the in-game camera angle? top-down or 3/4?", "what decision will Finance make with it? Weekly cash planning
    /// or the board pack?" (twenty-ninth session, probes p-blind34-0126 and p-blind36-0026). After a question about how to
    /// do the work («сколько вопросов включить в скрипт? 10 или 15?», "What colour should the button be? Blue or green?")
    /// or one that already holds the options, the choice is still handed over.
    /// </summary>
    private static bool NarrowsFactQuestion(MessageDocument document, Sentence sentence)
    {
        if (sentence.Index == 0 || Clause.CountWords(sentence.Prose) > NarrowingWords)
        {
            return false;
        }

        var previous = document.Sentences[sentence.Index - 1];
        var prose = previous.Prose.TrimEnd();
        return previous.ParagraphIndex == sentence.ParagraphIndex
            && previous.Language != MessageLanguage.Other
            && prose.EndsWith('?')
            && FactQuestion.IsMatch(prose)
            && !HowToDo.IsMatch(prose)
            && RuleLanguage.FirstUnquoted(previous, "ML5002.alternative", checkNegation: false) is null
            && RuleLanguage.FirstUnquoted(previous, "ML5001.decide", checkNegation: true) is null;
    }

    private static bool IsBusinessChoice(Sentence sentence)
        => sentence.Language != MessageLanguage.Other
            && ((sentence.Prose.Contains('?', StringComparison.Ordinal) && RuleLanguage.AnyMatch(sentence, "ML5002.fact-frame"))
                || RuleLanguage.AnyMatch(sentence, "ML5002.business"));

    private static bool AnyOtherSentenceMatches(MessageDocument document, Sentence sentence, string name)
    {
        foreach (var other in document.Sentences)
        {
            if (other.Index != sentence.Index && other.Language != MessageLanguage.Other && RuleLanguage.AnyMatch(other, name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OffersOptions(MessageDocument document)
    {
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Language != MessageLanguage.Other && RuleLanguage.AnyMatch(sentence, "ML5002.options"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A question that hands a design or implementation detail to the client, or null for task questions
    /// and business choices ("I can send a quote for all 300 or help pick 50 more — which is better?"),
    /// also when the business offer is the sentence before ("…about 2 days and 24 000 ₽, or we swap a page. Как лучше?").
    /// </summary>
    public static LexiconMatch? FindOpenDesignQuestion(MessageDocument document, Sentence sentence)
    {
        if (!LooksLikeQuestion(sentence)
            || FollowsBusinessChoice(document, sentence)
            || RuleLanguage.FirstUnquoted(sentence, "ML5001.decide", checkNegation: true) is not { } question
            || RuleLanguage.AnyMatch(sentence, "ML5001.task")
            || RuleLanguage.AnyMatch(sentence, "ML5002.not-choice")
            || RuleLanguage.AnyMatch(sentence, "ML5002.business"))
        {
            return null;
        }

        return question;
    }

    /// <summary>A question mark, chat style with no closing full stop, or an indirect request ("Прошу сообщить, какой…").</summary>
    private static bool LooksLikeQuestion(Sentence sentence)
    {
        var prose = sentence.Prose;
        if (prose.Contains('?', StringComparison.Ordinal))
        {
            return true;
        }

        var end = prose.Length;
        while (end > 0 && (char.IsWhiteSpace(prose[end - 1]) || char.IsSurrogate(prose[end - 1]) || prose[end - 1] is ')' or '('))
        {
            end--;
        }

        return end == 0 || prose[end - 1] is not ('.' or '!') || RuleLanguage.AnyMatch(sentence, "ML5001.indirect");
    }
}
