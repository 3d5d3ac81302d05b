using System.Text.RegularExpressions;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;

namespace MessageLint.Formats.Tests.TestRules;

/// <summary>
/// A tiny rule for exercising the writers with real engine output: a warning on pressure words
/// ("ASAP", "срочно") with an automatic fix ("soon" with a suggestion whose title quotes its text), and an info on asking the client to decide, found
/// over the whole draft so its span can cross a line break.
/// </summary>
public sealed partial class UrgencyTestRule : MessageRule
{
    public static RuleDescriptor PressureWord { get; } = new(
        "ML7901",
        new LocalizedText("Pressure word instead of a date", "Слово-давление вместо срока"),
        new LocalizedText("Replace \"{0}\" with a date the client can plan around", "Замените «{0}» на срок, под который клиент сможет планировать"),
        Principle.RaiseProblemsDelicately,
        Severity.Warning);

    public static RuleDescriptor AskingToDecide { get; } = new(
        "ML5902",
        new LocalizedText("Asking the client to decide", "Решение переложено на клиента"),
        new LocalizedText("\"{0}\" leaves the decision to the client; recommend an option", "«{0}» перекладывает решение на клиента; порекомендуйте вариант"),
        Principle.RecommendDontAsk,
        Severity.Info);

    public override IReadOnlyList<RuleDescriptor> SupportedDescriptors { get; } = [PressureWord, AskingToDecide];

    public override void Initialize(RuleContext context)
    {
        context.RegisterSentenceAction(FindPressureWords);
        context.RegisterDocumentAction(FindQuestions);
    }

    private static void FindPressureWords(SentenceContext context)
    {
        var sentence = context.Sentence;
        foreach (var token in sentence.Tokens)
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            var word = sentence.GetText(token).ToString();
            if (string.Equals(word, "soon", StringComparison.OrdinalIgnoreCase))
            {
                // A title that already quotes its text, as the built-in rules' titles do.
                var quoted = new Suggestion("Add a time: «… — by Friday»", [new TextEdit(new TextSpan(sentence.Span.End, 0), " — by Friday.")], IsAutomatic: false);
                context.Report(PressureWord, token.Span, sentence.Language, [word], [quoted], [new Evidence("phrase", word)]);
                continue;
            }

            if (string.Equals(word, "someday", StringComparison.OrdinalIgnoreCase))
            {
                // Advice of many lines: the text format shows four and ends the fourth with "…".
                var wall = string.Join(' ', Enumerable.Repeat(LongAdvice(sentence.Language), 5));
                context.Report(PressureWord, token.Span, sentence.Language, [word], [new Suggestion(wall, [], IsAutomatic: false)], [new Evidence("phrase", word)]);
                continue;
            }

            if (string.Equals(word, "eventually", StringComparison.OrdinalIgnoreCase) || string.Equals(word, "когда-нибудь", StringComparison.OrdinalIgnoreCase))
            {
                // A long piece of advice, as the built-in rules give with a sample sentence: the text format wraps it.
                context.Report(PressureWord, token.Span, sentence.Language, [word], [new Suggestion(LongAdvice(sentence.Language), [], IsAutomatic: false)], [new Evidence("phrase", word)]);
                continue;
            }

            var russian = string.Equals(word, "срочно", StringComparison.OrdinalIgnoreCase);
            if (!russian && !string.Equals(word, "ASAP", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var suggestion = russian
                ? new Suggestion("Назовите срок", [new TextEdit(token.Span, "к пятнице")], IsAutomatic: true)
                : new Suggestion("Name a date", [new TextEdit(token.Span, "by Friday")], IsAutomatic: true);
            context.Report(PressureWord, token.Span, sentence.Language, [word], [suggestion], [new Evidence("phrase", word)]);
        }
    }

    /// <summary>Advice longer than one line of the text format (120 columns), with words of both scripts.</summary>
    public static string LongAdvice(MessageLanguage language) => language == MessageLanguage.Russian
        ? "Назовите срок, под который клиент сможет планировать, и что вы сделаете до него: «Пришлю первый вариант главной страницы в пятницу до 18:00, а если тексты задержатся, предупрежу в среду и предложу, что сделать раньше»"
        : "Name a time the client can plan around and what you will do before it: \"I'll send the first version of the homepage on Friday by 6 pm, and if the texts are late I'll tell you on Wednesday and suggest what to do first\"";

    private static void FindQuestions(DocumentContext context)
    {
        var document = context.Document;
        foreach (Match match in QuestionPattern().Matches(document.Prose))
        {
            var span = new TextSpan(match.Index, match.Length);
            var language = document.Sentences.FirstOrDefault(s => s.Span.Contains(span.Start))?.Language ?? document.Language;
            var template = language == MessageLanguage.Russian
                ? new Suggestion("Предложите вариант", [new TextEdit(span, "Предлагаю X, потому что Y")], IsAutomatic: false)
                : new Suggestion("Recommend an option", [new TextEdit(span, "I suggest X, because Y")], IsAutomatic: false);
            context.Report(AskingToDecide, span, language, [document.Text.Substring(span.Start, span.Length)], [template], [new Evidence("model", "asks-to-decide", 0.8)], confidence: 0.8);
        }
    }

    [GeneratedRegex(@"what\s+do\s+you\s+prefer|как\s+вам\s+удобнее", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionPattern();
}
