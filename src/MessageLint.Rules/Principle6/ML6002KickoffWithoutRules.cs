using MessageLint.Core.Configuration;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;
using MessageLint.Rules.Infrastructure;

namespace MessageLint.Rules.Principle6;

/// <summary>
/// ML6002: a message that opens a project (a welcome, an introduction, taking on the work) states
/// neither when the writer is available nor how changes and extra requests are handled. Rules that
/// are not said at the start turn into reproaches later (ML6001). Off by default: only the
/// <c>kickoff</c> profile knows the draft is a first message. The finding sits on the first sentence.
/// </summary>
public sealed class ML6002KickoffWithoutRules : MessageRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "ML6002",
        new LocalizedText("Kick-off without working rules", "Старт проекта без правил работы"),
        new LocalizedText(
            "The kick-off message does not say when you are available or how changes and extra requests are handled",
            "В стартовом сообщении не сказано, когда вы на связи и как вы работаете с изменениями и новыми задачами"),
        Principle.StateRulesUpFront,
        Severity.Info,
        isEnabledByDefault: false,
        profileSeverities: new Dictionary<string, Severity> { [BuiltInProfiles.Kickoff] = Severity.Info },
        corpusLabels: ["kickoff-missing-rules"]);

    /// <summary>The suggestion's title; ML6001 offers the same rules when a draft puts them off until later.</summary>
    internal static LocalizedText SuggestionTitle { get; } = new(
        "Add your working rules",
        "Добавьте правила работы");

    /// <summary>The working rules offered as a template to fill in with one's own hours and terms.</summary>
    internal static LocalizedText Template { get; } = new(
        "A word on how I work: I reply on weekdays, 10 am to 7 pm. Anything beyond the agreed task I estimate separately before starting.",
        "Пара слов о том, как я работаю: отвечаю по будням с 10 до 19. Всё, что выходит за рамки задачи, оцениваю отдельно до начала работы.");

    private static readonly LexiconPair Kickoff = new("ML6002.kickoff");
    private static readonly LexiconPair Greeting = new("ML6002.greeting");
    private static readonly LexiconPair Start = new("ML6002.start");
    private static readonly LexiconPair MidProject = new("ML6002.midproject");
    private static readonly LexiconPair SingleTask = new("ML6002.task");
    private static readonly LexiconPair Availability = new("ML6002.availability");
    private static readonly LexiconPair Changes = new("ML6002.changes");

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
        Sentence? first = null;
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Language != MessageLanguage.Other)
            {
                first = sentence;
                break;
            }
        }

        if (first is null
            || !OpensProject(document, first)
            || Availability.IsMatchAnywhere(document)
            || Changes.IsMatchAnywhere(document))
        {
            return;
        }

        var language = context.Settings.MessageLanguage ?? document.Language switch
        {
            MessageLanguage.Other => first.Language,
            var detected => detected,
        };
        var end = document.Text.TrimEnd().Length;
        var suggestion = new Suggestion(
            SuggestionTitle.Get(language),
            [new TextEdit(new TextSpan(end, 0), (document.Text.Contains('\n', StringComparison.Ordinal) ? "\n\n" : " ") + Template.Get(language))],
            IsAutomatic: false);
        context.Report(
            Descriptor,
            first.Span,
            first.Language,
            suggestions: [suggestion],
            evidence: [new Evidence("shape", "no-availability-no-change-rules")]);
    }

    /// <summary>
    /// A welcome, an introduction or taking on a project; or a greeting followed by starting work
    /// ("Привет! Беру, сделаю") that is not about a single task. Edits and comments mean the project
    /// is already running.
    /// </summary>
    private static bool OpensProject(MessageDocument document, Sentence first)
    {
        if (MidProject.IsMatchAnywhere(document))
        {
            return false;
        }

        return Kickoff.IsMatchAnywhere(document, skipNegated: true)
            || (Greeting.IsMatch(first) && Start.IsMatchAnywhere(document, skipNegated: true) && !SingleTask.IsMatchAnywhere(document));
    }
}
