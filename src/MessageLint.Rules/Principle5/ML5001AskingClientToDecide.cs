using MessageLint.Core.Configuration;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;
using MessageLint.Rules.Infrastructure;

namespace MessageLint.Rules.Principle5;

/// <summary>
/// ML5001: a question that hands a design or implementation decision to the client with no
/// recommendation ("Какого размера сделать фото?", "Which font do you prefer?"). Clarifying questions
/// about the task — goal, audience, content, hard constraints, exact sizes of a slot, deadline, budget,
/// existing brand assets — stay silent, and so does a message that carries the writer's own
/// recommendation or reason. A request to pick among options is ML5002's, so the two never report
/// the same sentence.
/// </summary>
public sealed class ML5001AskingClientToDecide : MessageRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "ML5001",
        new LocalizedText("Decision handed to the client", "Решение переложено на клиента"),
        new LocalizedText("\"{0}\" asks the client to decide a detail that is your expertise: propose an answer and say why", "«{0}» перекладывает на клиента решение из вашей области: предложите вариант и объясните почему"),
        Principle.RecommendDontAsk,
        Severity.Warning,
        profileSeverities: new Dictionary<string, Severity>
        {
            [BuiltInProfiles.Kickoff] = Severity.Warning,
            [BuiltInProfiles.PublicPost] = Severity.Info,
        },
        corpusLabels: ["asks-client-to-decide"]);

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
        var checkedRecommendation = false;
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Language == MessageLanguage.Other
                || DecisionCues.FindOpenDesignQuestion(document, sentence) is not { } question
                || DecisionCues.FindOptionHandOff(document, sentence) is not null
                || DecisionCues.IsAnsweredNext(document, sentence))
            {
                continue;
            }

            // The recommendation is looked for once, and only when there is a question to excuse.
            if (!checkedRecommendation)
            {
                if (DecisionCues.HasRecommendation(document) || DecisionCues.IsPoll(document))
                {
                    return;
                }

                checkedRecommendation = true;
            }

            var language = context.Settings.MessageLanguage ?? sentence.Language;
            new ModelAwareReporter(context, sentence, Descriptor).Report(
                sentence.ToDocumentSpan(question.Index, question.Length),
                [question.Value],
                [ProposalTemplate.For(sentence, language)],
                [new Evidence("pattern", question.Value)]);
        }
    }
}
