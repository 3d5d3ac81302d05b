using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Lexicons;
using MessageLint.Core.Text;
using MessageLint.Rules.Infrastructure;

namespace MessageLint.Rules.Principle2;

/// <summary>
/// ML2001: the writer gives up their own view and does whatever the client says ("как скажете",
/// "сделаю строго по ТЗ", "whatever you want", "I'll do exactly what the brief says"). Agreeing after
/// proposing or discussing (anywhere in the draft), following a contract, law or guideline (in the
/// same sentence), and leaving the time of a call to the client are not blind compliance; "как скажете"
/// after offering options or asking a question is a choice handed to the client, left to the rules of
/// principle 5. The sentence model's evidence adjusts confidence and, for a precise enough label,
/// flags a sentence by itself under the same draft-wide checks.
/// </summary>
public sealed class ML2001BlindCompliance : MessageRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "ML2001",
        new LocalizedText("Blind compliance", "Слепое согласие"),
        new LocalizedText(
            "{0} gives up your own view: propose an option and say why",
            "{0} — отказ от собственного мнения: предложите свой вариант и объясните почему"),
        Principle.ProposeDontObey,
        Severity.Warning,
        corpusLabels: ["blind-compliance"]);

    private static readonly LocalizedText SuggestionTitle = new(
        "Propose your own option with a reason",
        "Предложите свой вариант с причиной");

    private static readonly LocalizedText Template = new(
        "I suggest X, because Y",
        "Предлагаю X, потому что Y");

    private static readonly LocalizedText ModelPhrase = new("This sentence", "Эта фраза");

    /// <summary>The longest sentence that can be a greeting before a reply's first words ("Hi Anna!", «Привет, Оля!»).</summary>
    private const int GreetingWords = 3;

    private static readonly LexiconPair Comply = new("ML2001.comply");
    private static readonly LexiconPair Reply = new("ML2001.reply");
    private static readonly LexiconPair Proposal = new("ML2001.proposal");
    private static readonly LexiconPair Binding = new("ML2001.binding");
    private static readonly LexiconPair PointsBack = new("ML2001.pointsback");
    private static readonly LexiconPair Schedule = new("ML2001.schedule");
    private static readonly LexiconPair Choice = new("ML2001.choice");

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedDescriptors { get; } = [Descriptor];

    /// <summary>True when the sentence holds an unquoted, unnegated phrase of blind compliance; shared with ML1001 so one reply is reported once.</summary>
    internal static bool HasCompliancePhrase(MessageDocument document, Sentence sentence) => FindCompliance(document, sentence) is not null;

    /// <inheritdoc />
    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(AnalyzeDocument);
    }

    private static void AnalyzeDocument(DocumentContext context)
    {
        bool? excused = null;
        foreach (var sentence in context.Document.Sentences)
        {
            if (sentence.Language == MessageLanguage.Other)
            {
                continue;
            }

            var reporter = new ModelAwareReporter(context, sentence, Descriptor);
            var match = FindCompliance(context.Document, sentence);
            if (match is null && !reporter.FlagsSentence)
            {
                continue;
            }

            // The draft-wide checks run only once a phrase is found or the model would flag.
            excused ??= Proposal.IsMatchAnywhere(context.Document, skipNegated: true)
                || Choice.IsMatchAnywhere(context.Document)
                || AsksSomething(context.Document);
            if (excused.Value)
            {
                return;
            }

            var language = context.Settings.MessageLanguage ?? sentence.Language;
            if (match is { } found)
            {
                var span = sentence.ToDocumentSpan(found.Index, found.Length);
                reporter.Report(
                    span,
                    [Quote(found.Value, language)],
                    [new Suggestion(SuggestionTitle.Get(language), [new TextEdit(span, Template.Get(language))], IsAutomatic: false)],
                    [new Evidence("phrase", found.Value)]);
            }
            else if (!Binding.IsMatch(sentence) && !Schedule.IsMatch(sentence))
            {
                reporter.ReportModelOnly(
                    [ModelPhrase.Get(language)],
                    [new Suggestion(SuggestionTitle.Get(language), [new TextEdit(new TextSpan(sentence.Span.End, 0), " " + Template.Get(language))], IsAutomatic: false)]);
            }
        }
    }

    private static string Quote(string phrase, MessageLanguage language)
        => language == MessageLanguage.Russian ? $"«{phrase}»" : $"\"{phrase}\"";

    /// <summary>
    /// The first compliance phrase that is not quoted, negated or followed by a question mark in its
    /// sentence ("Как вам нравится макет?" asks), in a sentence that names no binding requirement and
    /// is not about scheduling. A choice accepted in two words ("Comic Sans it is", ML2001.reply) answers what the
    /// client wrote, so it counts only where it opens its paragraph, after at most a greeting (<see cref="OpensItsParagraph"/>).
    /// </summary>
    private static LexiconMatch? FindCompliance(MessageDocument document, Sentence sentence)
    {
        var match = Comply.FirstMatch(sentence, skipNegated: true);
        if (match is null && Reply.FirstMatch(sentence, skipNegated: true) is { } reply && OpensItsParagraph(document, sentence))
        {
            match = reply;
        }

        if (match is not { } found)
        {
            return null;
        }

        if (sentence.Prose.IndexOf('?', found.Index + found.Length) >= 0
            || NamesBindingRequirement(sentence, found)
            || FollowsBindingRequirement(document, sentence)
            || IsAboutScheduling(sentence, found))
        {
            return null;
        }

        return found;
    }

    /// <summary>
    /// True when nothing but greetings (sentences of at most <see cref="GreetingWords"/> words) comes before the
    /// sentence in its paragraph: a two-word acceptance there answers the client ("Hi Anna! Comic Sans it is.",
    /// or a paragraph of its own after the thanks); after the writer's own remarks it is the writer's own plan
    /// ("Annoying for my weekend, totally understandable for them. Coffee and sudoku breaks it is.", fifteenth
    /// session, blind set S).
    /// </summary>
    private static bool OpensItsParagraph(MessageDocument document, Sentence sentence)
    {
        for (var i = sentence.Index - 1; i >= 0 && document.Sentences[i].ParagraphIndex == sentence.ParagraphIndex; i--)
        {
            if (Clause.CountWords(document.Sentences[i].Prose) > GreetingWords)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A binding requirement named outside the phrase itself: "I won't question the requirements" names the
    /// client's wishes, not a law or a contract (fifteenth session, blind set T).
    /// </summary>
    private static bool NamesBindingRequirement(Sentence sentence, LexiconMatch phrase) => MatchesOutside(Binding, sentence, phrase);

    /// <summary>
    /// The sentence before, in the same paragraph, names the binding requirement the phrase points back to: "The franchise
    /// sent their brand book. It's strict… I'll follow it to the letter." (twenty-seventh session, probe p-hC-083). Only a
    /// phrase that says "it", "them", «его» and the like points back; one sentence back or two.
    /// </summary>
    private static bool FollowsBindingRequirement(MessageDocument document, Sentence sentence)
    {
        if (!PointsBack.IsMatch(sentence))
        {
            return false;
        }

        for (var i = sentence.Index - 1; i >= Math.Max(0, sentence.Index - 2); i--)
        {
            var previous = document.Sentences[i];
            if (previous.ParagraphIndex != sentence.ParagraphIndex)
            {
                break;
            }

            if (previous.Language != MessageLanguage.Other && Binding.IsMatch(previous))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A scheduling word outside the phrase itself ("your call" is not about a phone call).</summary>
    private static bool IsAboutScheduling(Sentence sentence, LexiconMatch phrase) => MatchesOutside(Schedule, sentence, phrase);

    /// <summary>True when the sentence holds an unquoted match of <paramref name="lexicons"/> that does not overlap the phrase.</summary>
    private static bool MatchesOutside(LexiconPair lexicons, Sentence sentence, LexiconMatch phrase)
    {
        foreach (var found in lexicons.Matches(sentence))
        {
            if (found.Index + found.Length <= phrase.Index || found.Index >= phrase.Index + phrase.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A real question in the draft (three words or more): "как скажете" after "курсив или обычный?"
    /// hands a choice to the client, which the asks-the-client-to-decide rules report; a one-word
    /// echo ("Pink? Sure, whatever you want.") does not count.
    /// </summary>
    private static bool AsksSomething(MessageDocument document)
    {
        foreach (var sentence in document.Sentences)
        {
            var mark = sentence.Prose.IndexOf('?', StringComparison.Ordinal);
            if (mark < 0 || QuotedSpeech.IsInsideQuotes(sentence.Prose, mark))
            {
                continue;
            }

            var words = 0;
            foreach (var token in sentence.Tokens)
            {
                if (token.Kind == TokenKind.Word && token.Span.Start - sentence.Span.Start < mark && ++words >= 3)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
