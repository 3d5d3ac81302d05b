using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;
using MessageLint.Rules.Infrastructure;

namespace MessageLint.Rules.Principle7;

/// <summary>
/// ML7003: a real problem (a delay, a failure, a loss) buried under apologies and hedges, so the
/// client may not see it ("простите, пожалуйста, может быть, если вам не сложно… запуск, возможно,
/// немного сдвинется"). A density judgement over the whole draft: several apology and hedge
/// markers together with a problem word. One polite apology with a clear statement passes.
/// </summary>
public sealed class ML7003BuriedProblem : MessageRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "ML7003",
        new LocalizedText("Problem buried under apologies", "Проблема утонула в извинениях"),
        new LocalizedText(
            "{0} apologies and hedges around a problem: say plainly what happened, what it affects and what you propose",
            "{0} извинений и оговорок вокруг проблемы: прямо скажите, что случилось, на что это влияет и что вы предлагаете"),
        Principle.RaiseProblemsDelicately,
        Severity.Info,
        corpusLabels: ["buried-problem"]);

    /// <summary>How many apology and hedge markers make a problem buried.</summary>
    private const int Threshold = 3;

    /// <summary>How many markers in all let a hedged turn stand for a problem word.</summary>
    private const int DenseMarkers = 5;

    /// <summary>How many apology and hedge markers one sentence needs before its "but" counts as a hedged turn.</summary>
    private const int HedgedTurnMarkers = 3;

    /// <summary>Condolences and get-well wishes, which make the hedges of a draft care for the client.</summary>
    private static readonly LexiconPair Care = new("ML7003.care");

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
        var apologies = 0;
        var hedges = 0;
        Sentence? problemSentence = null;
        Sentence? hedgedTurn = null;
        var ledWithTheProblem = false;
        var seen = 0;
        foreach (var sentence in context.Document.Sentences)
        {
            if (sentence.Language == MessageLanguage.Other)
            {
                continue;
            }

            var sentenceApologies = Count(sentence, "ML7003.apology");
            var sentenceHedges = Count(sentence, "ML7003.hedge");
            apologies += sentenceApologies;
            hedges += sentenceHedges;
            if (problemSentence is null && Count(sentence, "ML7003.problem") > 0)
            {
                problemSentence = sentence;
                ledWithTheProblem = seen == 0 && sentenceApologies + sentenceHedges == 0;
            }

            seen++;

            if (hedgedTurn is null && sentenceApologies + sentenceHedges >= HedgedTurnMarkers && RuleLanguage.AnyMatch(sentence, "ML7003.turn"))
            {
                hedgedTurn = sentence;
            }
        }

        var markers = apologies + hedges;

        // Condolences and get-well wishes make the hedges care for the client, not a problem hidden from them ("So sorry
        // for your loss. Please don't worry about the deadline — maybe take a little time off", «Примите соболезнования»).
        if (markers > 0 && problemSentence is not null && Care.IsMatchAnywhere(context.Document))
        {
            return;
        }

        // "Sorry, this is probably nothing and maybe I'm overthinking it, but the supplier might not have…": the
        // problem has no word of the list, but a sentence thick with hedges that turns on "but" is where it hides.
        if (problemSentence is null && hedgedTurn is not null && apologies > 0 && markers >= DenseMarkers)
        {
            problemSentence = hedgedTurn;
        }

        // Without an apology it takes one more hedge: "hopefully… kinda… hopefully" is a vague status, not contrition.
        // A draft whose first sentence states the problem plainly has done what the suggestion asks, whatever apologies
        // follow ("Quick note: the launch moves to Friday because the payment provider rejected our account. Sorry about
        // that — I think it's a small fix…", twenty-seventh session, probes p-hA-163, 164).
        if (problemSentence is not null && markers >= Threshold && (apologies > 0 || hedges > Threshold) && !ledWithTheProblem)
        {
            var language = context.Settings.MessageLanguage ?? problemSentence.Language;
            new ModelAwareReporter(context, problemSentence, Descriptor).Report(
                problemSentence.Span,
                [markers],
                [Suggestion(language)],
                [new Evidence("pattern", $"apologies={apologies}, hedges={hedges}")]);
            return;
        }

        // The model may name the buried problem the word lists missed, but only in a draft that
        // apologises or hedges at all, and once per draft, like the heuristic.
        if (markers == 0 || ledWithTheProblem)
        {
            return;
        }

        foreach (var sentence in context.Document.Sentences)
        {
            if (sentence.Language != MessageLanguage.Other
                && ModelAwareReporter.WouldReportModelOnlyFor(context, sentence, Descriptor)
                && new ModelAwareReporter(context, sentence, Descriptor).ReportModelOnly([markers], [Suggestion(context.Settings.MessageLanguage ?? sentence.Language)]))
            {
                return;
            }
        }
    }

    private static Suggestion Suggestion(MessageLanguage language) => new(
        language == MessageLanguage.Russian
            ? "Начните с сути: «Запуск сдвигается на 2 дня: не прошла оплата на сайте. Предлагаю …»"
            : "Lead with the problem: \"Launch moves by 2 days: payments are failing. I propose …\"",
        [],
        IsAutomatic: false);

    private static int Count(Sentence sentence, string lexiconName)
    {
        var count = 0;
        foreach (var lexicon in RuleLanguage.LexiconsFor(sentence, lexiconName))
        {
            foreach (var match in lexicon.Matches(sentence.Prose))
            {
                if (!QuotedSpeech.IsInsideQuotes(sentence.Prose, match.Index))
                {
                    count++;
                }
            }
        }

        return count;
    }
}
