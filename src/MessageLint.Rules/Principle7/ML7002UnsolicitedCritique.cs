using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Lexicons;
using MessageLint.Core.Text;
using MessageLint.Rules.Infrastructure;

namespace MessageLint.Rules.Principle7;

/// <summary>
/// ML7002: a verdict on something of the client's that nobody asked about ("кстати, ваш логотип
/// ужасен", "btw your website looks dated"). It pairs "ваш/your" with a verdict of taste or quality
/// in the same clause, and stays silent when the draft asks first ("Хотите, поделюсь мнением?",
/// "Would you like my opinion?"), when the verdict is negated, inside a condition on fit that offers to adapt
/// ("If that doesn't fit your month, tell me"), and on quoted text.
/// </summary>
public sealed class ML7002UnsolicitedCritique : MessageRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "ML7002",
        new LocalizedText("Unsolicited critique", "Непрошеная критика"),
        new LocalizedText(
            "A verdict nobody asked for: ask first whether the client wants your opinion",
            "Оценка, о которой не просили: сначала спросите, нужно ли клиенту ваше мнение"),
        Principle.RaiseProblemsDelicately,
        Severity.Info,
        corpusLabels: ["unsolicited-critique"]);

    /// <summary>How many words may stand between "ваш/your" and the verdict.</summary>
    private const int Window = 5;

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedDescriptors { get; } = [Descriptor];

    /// <inheritdoc />
    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterSentenceAction(AnalyzeSentence);
    }

    /// <summary>How many words may stand between a small-talk subject and the verdict said of it ("traffic is awful").</summary>
    private const int SmallTalkWindow = 3;

    private static void AnalyzeSentence(SentenceContext context)
    {
        var reporter = new ModelAwareReporter(context, Descriptor);
        AnalyzeHeuristics(context, reporter);
        if (reporter.WouldReportModelOnly && !AsksFirst(context.Document))
        {
            reporter.ReportModelOnly([], [Suggestion(context)]);
        }
    }

    private static void AnalyzeHeuristics(SentenceContext context, ModelAwareReporter reporter)
    {
        var sentence = context.Sentence;
        var prose = sentence.Prose;
        var owners = Matches(sentence, "ML7002.owner");

        // An aside ("кстати", "заодно скажу") marks a verdict anywhere in its sentence as off-task, even when the
        // sentence also says "ваш" too far from it: "Заодно скажу: ваш менеджер по продажам отвечает людям
        // по-хамски, я бы его уволил" (sixteenth session, set V).
        var hasAside = Matches(sentence, "ML7002.aside").Count > 0;
        if (owners.Count == 0 && !hasAside)
        {
            return;
        }

        List<LexiconMatch>? adapts = null;
        List<LexiconMatch>? outcomes = null;
        List<LexiconMatch>? smallTalk = null;
        foreach (var lexicon in RuleLanguage.LexiconsFor(sentence, "ML7002.verdict"))
        {
            foreach (var verdict in lexicon.Matches(prose))
            {
                if (QuotedSpeech.IsInsideQuotes(prose, verdict.Index)
                    || Negation.IsNegated(prose, verdict.Index)
                    || IsInside(adapts ??= Matches(sentence, "ML7002.adapt"), verdict)
                    || IsInside(outcomes ??= Matches(sentence, "ML7002.outcome"), verdict)
                    || IsSaidOfSmallTalk(prose, smallTalk ??= Matches(sentence, "ML7002.smalltalk"), verdict))
                {
                    continue;
                }

                var verdictEnd = verdict.Index + verdict.Length;
                if (OwnerWithinWindow(prose, owners, verdict) is { } owner)
                {
                    if (!AsksFirst(context.Document))
                    {
                        Report(context, reporter, Math.Min(owner.Index, verdict.Index), Math.Max(owner.Index + owner.Length, verdictEnd));
                    }

                    return;
                }

                // Plain words ("плохо", "bad") are no verdict with an aside alone, nor is one the writer says of
                // themselves ("Side note: I'm terrible with time zones — is the call at 3 pm your time?").
                if (!hasAside
                    || RuleLanguage.MatchesWhole(sentence, "ML7002.mild", verdict.Value)
                    || (SelfDirection.IsAboutWriter(prose, verdict.Index, verdict.Length) && !IsWritersAdvice(prose, verdict.Index)))
                {
                    continue;
                }

                // "Текст, к слову, скучнейший": the aside says it is not the writer's task.
                if (!AsksFirst(context.Document))
                {
                    Report(context, reporter, verdict.Index, verdictEnd);
                }

                return;
            }
        }
    }

    /// <summary>
    /// True when the verdict is what the writer would do in the client's place ("я бы его уволил", "я бы всё
    /// переделала"): its first person gives advice about the client's thing, it does not describe the writer.
    /// </summary>
    private static bool IsWritersAdvice(string prose, int verdictIndex)
    {
        var before = prose[Math.Max(0, verdictIndex - 40)..verdictIndex].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var end = before.Length;

        // One word may stand between the advice and the verdict: "я бы его уволил", "я бы всё переделала".
        if (end >= 1 && !IsWord(before[end - 1], "бы") && !IsWord(before[end - 1], "месте"))
        {
            end--;
        }

        if (end >= 3 && IsWord(before[end - 1], "месте") && IsWord(before[end - 3], "на"))
        {
            end -= 3;
        }

        return end >= 2 && IsWord(before[end - 1], "бы") && IsWord(before[end - 2], "я");

        static bool IsWord(string word, string expected) => word.Equals(expected, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The first "ваш / your" in the verdict's clause at most <see cref="Window"/> words from it, or null.</summary>
    private static LexiconMatch? OwnerWithinWindow(string prose, List<LexiconMatch> owners, LexiconMatch verdict)
    {
        var verdictEnd = verdict.Index + verdict.Length;
        foreach (var owner in owners)
        {
            var ownerEnd = owner.Index + owner.Length;
            var distance = ownerEnd <= verdict.Index
                ? Clause.WordsBetween(prose, ownerEnd, verdict.Index)
                : verdictEnd <= owner.Index ? Clause.WordsBetween(prose, verdictEnd, owner.Index) : -1;
            if (distance >= 0 && distance <= Window)
            {
                return owner;
            }
        }

        return null;
    }

    /// <summary>
    /// True when a small-talk subject stands shortly before the verdict in its clause: "the weather is awful here today",
    /// «пробки сегодня ужасные» judge nothing of the client's (twenty-sixth session, probe set hA).
    /// </summary>
    private static bool IsSaidOfSmallTalk(string prose, List<LexiconMatch> subjects, LexiconMatch verdict)
    {
        foreach (var subject in subjects)
        {
            var subjectEnd = subject.Index + subject.Length;
            if (subjectEnd <= verdict.Index && Clause.WordsBetween(prose, subjectEnd, verdict.Index) is >= 0 and <= SmallTalkWindow)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the verdict lies inside a condition that offers to adapt ("If that doesn't fit your month, tell me",
    /// «если вам не подходит»): the writer asks about fit, not judging the client's thing (thirteenth session, set M);
    /// or inside the outcome of the writer's own making ("the resin batch for your figurines came out tacky",
    /// «ваши фигурки получились липкими»): that judges the writer's work, not the client's (twenty-second session, set AM).
    /// </summary>
    private static bool IsInside(List<LexiconMatch> spans, LexiconMatch verdict)
    {
        foreach (var span in spans)
        {
            if (verdict.Index >= span.Index && verdict.Index < span.Index + span.Length)
            {
                return true;
            }
        }

        return false;
    }

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

    /// <summary>True when the draft asks whether the client wants an opinion, which is the fix itself.</summary>
    private static bool AsksFirst(MessageDocument document)
    {
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Language == MessageLanguage.Other)
            {
                continue;
            }

            foreach (var lexicon in RuleLanguage.LexiconsFor(sentence, "ML7002.consent"))
            {
                if (lexicon.FirstMatch(sentence.Prose) is { } match && !Negation.IsNegated(sentence.Prose, match.Index))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static Suggestion Suggestion(SentenceContext context)
    {
        var isRussian = RuleLanguage.OutputLanguage(context) == MessageLanguage.Russian;
        var question = isRussian ? "Хотите, поделюсь мнением о …?" : "Would you like my opinion on …?";
        return new Suggestion(
            isRussian ? $"Спросите сначала: «{question}»" : $"Ask first: \"{question}\"",
            [new TextEdit(context.Sentence.Span, question)],
            IsAutomatic: false);
    }

    private static void Report(SentenceContext context, ModelAwareReporter reporter, int start, int end)
    {
        var sentence = context.Sentence;
        reporter.ReportAt(
            start,
            end - start,
            [],
            [Suggestion(context)],
            [new Evidence("phrase", sentence.Prose[start..end])]);
    }
}
