using MessageLint.Core.Configuration;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;
using MessageLint.Rules.Infrastructure;

namespace MessageLint.Rules.Principle5;

/// <summary>
/// ML5002: options offered with no recommendation ("вот три варианта, выбирайте любой", "Option A or
/// B?", "which one?"). Judged on the whole message: a recommendation or a reason anywhere in it
/// ("Я бы выбрал второй: он лучше читается") keeps the rule silent. Reported once per message, at
/// the first hand-off; "A or B?" questions about facts or logistics are left alone.
/// </summary>
public sealed class ML5002OptionsWithoutRecommendation : MessageRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "ML5002",
        new LocalizedText("Options without a recommendation", "Варианты без рекомендации"),
        new LocalizedText("\"{0}\" leaves the choice to the client: say which option you would pick and why", "«{0}» оставляет выбор клиенту: скажите, какой вариант выбрали бы вы и почему"),
        Principle.RecommendDontAsk,
        Severity.Info,
        profileSeverities: new Dictionary<string, Severity> { [BuiltInProfiles.Kickoff] = Severity.Info },
        corpusLabels: ["options-without-recommendation", "asks-client-to-decide"]);

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
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Language == MessageLanguage.Other
                || DecisionCues.FindOptionHandOff(document, sentence) is not { } handOff
                || DecisionCues.IsAnsweredNext(document, sentence))
            {
                continue;
            }

            if (DecisionCues.HasRecommendation(document) || DecisionCues.IsPoll(document))
            {
                return;
            }

            var language = context.Settings.MessageLanguage ?? sentence.Language;
            new ModelAwareReporter(context, sentence, Descriptor).Report(
                sentence.ToDocumentSpan(handOff.Index, handOff.Length),
                [handOff.Value.Trim()],
                [ProposalTemplate.For(sentence, language)],
                [new Evidence("pattern", handOff.Value)]);
            return;
        }
    }
}
