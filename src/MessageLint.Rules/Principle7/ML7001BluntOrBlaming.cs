using System.Globalization;
using MessageLint.Core.Configuration;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Lexicons;
using MessageLint.Core.Text;
using MessageLint.Rules.Infrastructure;

namespace MessageLint.Rules.Principle7;

/// <summary>
/// ML7001: a problem raised bluntly — blame ("вы сами виноваты", "as I already said"), an insult or
/// obscene brush-off aimed at the reader ("you idiot", "отвали"), shouting in capitals, or a run of
/// exclamation marks. Friendly exclamations ("Спасибо!!!") are left alone, acronyms (ASAP, ТЗ) are
/// not shouting, and a harsh word the writer aims at themselves ("Я дебил, забыл файл") is not blame.
/// </summary>
public sealed class ML7001BluntOrBlaming : MessageRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "ML7001",
        new LocalizedText("Problem raised bluntly", "Проблема подана резко"),
        new LocalizedText("{0}: say what is needed and by when, without blame or pressure", "{0}: скажите, что нужно и к какому сроку, без упрёка и давления"),
        Principle.RaiseProblemsDelicately,
        Severity.Warning,
        profileSeverities: new Dictionary<string, Severity> { [BuiltInProfiles.PublicPost] = Severity.Warning },
        corpusLabels: ["blunt-or-blaming"]);

    private static readonly LocalizedText BlameReason = new("Blame or reproach", "Упрёк или обвинение");
    private static readonly LocalizedText InsultReason = new("Insult or put-down", "Оскорбление или пренебрежительная оценка");
    private static readonly LocalizedText InsultSuggestion = new(
        "Drop the insult: say what is wrong with the work and what needs to happen",
        "Уберите оскорбление: скажите, что не так в работе и что нужно сделать");
    private static readonly LocalizedText ShoutingReason = new("Shouting in capitals", "Крик заглавными буквами");
    private static readonly LocalizedText ModelReason = new("Sounds blunt or blaming", "Звучит резко или как упрёк");
    private static readonly LocalizedText SarcasmReason = new("Sarcasm about a mistake", "Сарказм по поводу ошибки");
    private static readonly LocalizedText ExclamationReason = new("A run of exclamation marks", "Восклицательные знаки подряд");

    /// <summary>A sentence of at most this many words that is the praise alone ("Отлично.", "Bravo 👏") is sarcastic by its place.</summary>
    private const int StandAlonePraiseWords = 3;

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
        var language = RuleLanguage.OutputLanguage(context);
        var reporter = new ModelAwareReporter(context, Descriptor);
        ReportPhrases(context, reporter, language, "ML7001.blame", aimedAtWriterIsFine: false, BlameReason, static (match, sentence, language) => BlameSuggestion(sentence.ToDocumentSpan(match.Index, match.Length), match.Value, language));

        // A separate list from blame because the same word is self-deprecation when the writer aims it
        // at themselves ("I'm such an idiot, I forgot the file").
        ReportPhrases(context, reporter, language, "ML7001.insult", aimedAtWriterIsFine: true, InsultReason, static (_, _, language) => new Suggestion(InsultSuggestion.Get(language), [], IsAutomatic: false));
        ReportSarcasm(context, reporter, language);
        ReportBareReproach(context, reporter, language);
        ReportShouting(context, reporter, language);
        ReportExclamations(context, reporter, language);
        if (reporter.WouldReportModelOnly)
        {
            reporter.ReportModelOnly([ModelReason.Get(language)]);
        }
    }

    /// <summary>"As I said", «как я уже говорил»: a recap of something said before, a reproach only when not warm.</summary>
    private static bool IsRecap(string matched)
        => matched.Contains("говорил", StringComparison.OrdinalIgnoreCase)
            || matched.Contains("писал", StringComparison.OrdinalIgnoreCase)
            || matched.Contains("said", StringComparison.OrdinalIgnoreCase)
            || matched.Contains("told", StringComparison.OrdinalIgnoreCase)
            || matched.Contains("mentioned", StringComparison.OrdinalIgnoreCase)
            || matched.Contains("pointed out", StringComparison.OrdinalIgnoreCase)
            || matched.Contains("stated", StringComparison.OrdinalIgnoreCase);

    /// <summary>A warm sentence ("…, I love working with your team!") turns a recap into a compliment.</summary>
    private static bool IsWarm(Sentence sentence) => RuleLanguage.AnyMatch(sentence, "ML7001.warmrecap");

    private static Suggestion BlameSuggestion(TextSpan span, string matched, MessageLanguage language)
    {
        if (IsRecap(matched))
        {
            var replacement = language == MessageLanguage.Russian ? "Напомню" : "To recap";
            return new Suggestion(
                language == MessageLanguage.Russian ? "Напомнить без упрёка" : "Recap without reproach",
                [new TextEdit(span, replacement)],
                IsAutomatic: false);
        }

        return NextStepSuggestion(language);
    }

    private static Suggestion NextStepSuggestion(MessageLanguage language) => new(
        language == MessageLanguage.Russian
            ? "Назовите проблему и следующий шаг: «Чтобы успеть к пятнице, мне нужны тексты до среды»"
            : "Name the problem and the next step: \"To launch on Friday, I need the texts by Wednesday\"",
        [],
        IsAutomatic: false);

    /// <summary>
    /// Reports every unquoted, unnegated match of a phrase list; with <paramref name="aimedAtWriterIsFine"/>,
    /// not one the writer aims at themselves either.
    /// </summary>
    private static void ReportPhrases(
        SentenceContext context,
        ModelAwareReporter reporter,
        MessageLanguage language,
        string lexiconName,
        bool aimedAtWriterIsFine,
        LocalizedText reason,
        Func<LexiconMatch, Sentence, MessageLanguage, Suggestion> suggest)
    {
        var prose = context.Sentence.Prose;
        foreach (var lexicon in RuleLanguage.LexiconsFor(context.Sentence, lexiconName))
        {
            foreach (var match in lexicon.Matches(prose))
            {
                if (QuotedSpeech.IsInsideQuotes(prose, match.Index)
                    || Negation.IsNegated(prose, match.Index)
                    || (aimedAtWriterIsFine && SelfDirection.IsAboutWriter(prose, match.Index, match.Length))
                    || (!aimedAtWriterIsFine && IsRecap(match.Value) && IsWarm(context.Sentence))
                    || (!aimedAtWriterIsFine && IsCheeredNearby(context, before: 1, after: 2))
                    || (aimedAtWriterIsFine && IsCheeredNearby(context, before: 0, after: 1)))
                {
                    continue;
                }

                reporter.ReportAt(match.Index, match.Length, [reason.Get(language)], [suggest(match, context.Sentence, language)], [new Evidence("phrase", match.Value)]);
            }
        }
    }

    /// <summary>
    /// Praise said of a mishap, as sarcasm ("great, server's down again. guess your IT guy is on it", «ну отлично, вы
    /// опять прислали не те файлы. браво 👏»): the praise, with a mishap in its sentence or a neighbouring one of the
    /// paragraph, the reader or their team named there, and a sign of sarcasm (a repeat, 👏, 🙄) or the praise standing as
    /// a sentence of its own ("…в теме письма ошибка. Отлично."). Nothing in those sentences may say the mishap is fixed
    /// or the writer's own ("Great, the broken link is fixed", "Cool. The wrong file was mine, sorry"): then the praise is
    /// sincere (fourteenth session, blind sets O and P).
    /// </summary>
    private static void ReportSarcasm(SentenceContext context, ModelAwareReporter reporter, MessageLanguage language)
    {
        var sentence = context.Sentence;
        if (RuleLanguage.FirstUnquoted(sentence, "ML7001.sarcasm", checkNegation: false) is not { } praise)
        {
            return;
        }

        var sentences = context.Document.Sentences;
        var first = sentence.Index > 0 && sentences[sentence.Index - 1].ParagraphIndex == sentence.ParagraphIndex ? sentence.Index - 1 : sentence.Index;
        if (first < sentence.Index && RuleLanguage.AnyMatch(sentences[first], "ML7001.sarcasm"))
        {
            // "ну отлично, вы опять прислали не те файлы. браво 👏" is one sarcastic remark, reported at its first praise.
            return;
        }

        var last = sentence.Index + 1 < sentences.Count && sentences[sentence.Index + 1].ParagraphIndex == sentence.ParagraphIndex ? sentence.Index + 1 : sentence.Index;
        var mishap = false;
        var reader = false;
        var sign = Clause.CountWords(sentence.Prose) <= StandAlonePraiseWords;
        for (var i = first; i <= last; i++)
        {
            var near = sentences[i];
            if (near.Language == MessageLanguage.Other)
            {
                continue;
            }

            if (RuleLanguage.AnyMatch(near, "ML7001.fixed"))
            {
                return;
            }

            mishap |= RuleLanguage.FirstUnquoted(near, "ML7001.mishap", checkNegation: true) is not null;
            sign |= RuleLanguage.AnyMatch(near, "ML7001.again");
            reader |= RuleLanguage.AnyMatch(near, "ML7001.reader");
        }

        if (mishap && sign && reader)
        {
            reporter.ReportAt(praise.Index, praise.Length, [SarcasmReason.Get(language)], [NextStepSuggestion(language)], [new Evidence("pattern", praise.Value)]);
        }
    }

    /// <summary>
    /// A bare reproach standing as a sentence of its own ("Not okay.", «Снова.», ML7001.bare): blunt when it opens its
    /// paragraph or follows a sentence that names the reader ("Вы опоздали на созвон на 20 минут. Снова."), not when the
    /// sentence before speaks of a tool or of the writer's own day ("бесит Xcode. снова.", "Premiere crashed three times
    /// today. not okay.", fifteenth session, blind sets R and S).
    /// </summary>
    private static void ReportBareReproach(SentenceContext context, ModelAwareReporter reporter, MessageLanguage language)
    {
        var sentence = context.Sentence;
        if (RuleLanguage.FirstUnquoted(sentence, "ML7001.bare", checkNegation: true) is not { } bare
            || RuleLanguage.FirstUnquoted(sentence, "ML7001.blame", checkNegation: true) is { } blame && blame.Index < bare.Index + bare.Length && bare.Index < blame.Index + blame.Length)
        {
            // No bare reproach, or the blame list has reported it already ("Not okay!" is also a blame phrase).
            return;
        }

        var sentences = context.Document.Sentences;
        var previous = sentence.Index - 1;
        if (previous >= 0
            && sentences[previous].ParagraphIndex == sentence.ParagraphIndex
            && !RuleLanguage.AnyMatch(sentences[previous], "ML7001.reader"))
        {
            return;
        }

        reporter.ReportAt(bare.Index, bare.Length, [BlameReason.Get(language)], [NextStepSuggestion(language)], [new Evidence("phrase", bare.Value)]);
    }

    /// <summary>
    /// Three or more upper-case words in a row with at least ten letters, acronyms excepted; a run that
    /// ends inside a heading opening the sentence (<see cref="Capitals.HeadingEnd"/>) or stands in a warm
    /// sentence is not shouting.
    /// </summary>
    private static void ReportShouting(SentenceContext context, ModelAwareReporter reporter, MessageLanguage language)
    {
        var sentence = context.Sentence;
        var tokens = sentence.Tokens;
        var runStart = -1;
        var runEnd = -1;
        var runWords = 0;
        var runLetters = 0;
        var pendingStart = -1;
        for (var i = 0; i <= tokens.Count; i++)
        {
            var isShoutWord = false;
            if (i < tokens.Count && tokens[i].Kind == TokenKind.Word)
            {
                var text = sentence.GetText(tokens[i]);
                var letters = Capitals.UpperLetters(text);
                if (letters == 1)
                {
                    // "I" and "A" join a run ("I NEED THE TEXTS") but never end one ("…THE BRIEF: I already said").
                    pendingStart = runStart >= 0 ? pendingStart : i;
                    continue;
                }

                isShoutWord = letters > 1 && !Capitals.IsAcronym(text);
            }
            else if (i < tokens.Count && tokens[i].Kind is TokenKind.Punctuation or TokenKind.Number && runStart >= 0)
            {
                continue;
            }

            if (isShoutWord)
            {
                if (runStart < 0)
                {
                    runStart = pendingStart >= 0 ? pendingStart : i;
                }

                runEnd = i;
                runWords++;
                runLetters += tokens[i].Span.Length;
                continue;
            }

            // The heading and warmth checks run only for a run long enough to report, which few sentences have.
            // "HAPPY NEW YEAR EVERYONE 🎉", «С НОВЫМ ГОДОМ, ДРУЗЬЯ!»: capitals in a warm sentence are joy, not shouting.
            if (runStart >= 0 && runWords >= 3 && runLetters >= 10
                && tokens[runEnd].Span.End - sentence.Span.Start > Capitals.HeadingEnd(sentence)
                && !IsFriendly(sentence)
                && !Capitals.IsDisplayedText(sentence, tokens[runStart].Span.Start - sentence.Span.Start))
            {
                var span = TextSpan.FromBounds(tokens[runStart].Span.Start, tokens[runEnd].Span.End);
                var original = context.Document.Text.Substring(span.Start, span.Length);
                var fixedText = ToNormalCase(original, atSentenceStart: runStart == 0);
                reporter.Report(
                    span,
                    [ShoutingReason.Get(language)],
                    [new Suggestion(language == MessageLanguage.Russian ? "Написать обычными буквами" : "Write in normal case", [new TextEdit(span, fixedText)], IsAutomatic: true)],
                    [new Evidence("shape", "capitals")]);
            }

            runStart = -1;
            pendingStart = -1;
            runWords = 0;
            runLetters = 0;
        }
    }

    private static void ReportExclamations(SentenceContext context, ModelAwareReporter reporter, MessageLanguage language)
    {
        var sentence = context.Sentence;
        foreach (var token in sentence.Tokens)
        {
            if (token.Kind != TokenKind.Punctuation || token.Span.Length < 2)
            {
                continue;
            }

            var text = sentence.GetText(token);
            if (text.Count('!') < 2 || IsFriendlyNearby(context) || QuotedSpeech.IsInsideQuotes(sentence.Prose, token.Span.Start - sentence.Span.Start))
            {
                continue;
            }

            var replacement = text.Contains('?') ? "?" : ".";
            reporter.Report(
                token.Span,
                [ExclamationReason.Get(language)],
                [new Suggestion(language == MessageLanguage.Russian ? $"Заменить на «{replacement}»" : $"Replace with \"{replacement}\"", [new TextEdit(token.Span, replacement)], IsAutomatic: true)],
                [new Evidence("shape", text.ToString())]);
        }
    }

    /// <summary>
    /// The sentence is warm, or a neighbour in its paragraph is warm and exclaims too: "Ура!! Сайт
    /// запущен!!" celebrates over two sentences, while in "Привет! Пришлите тексты!!!" the greeting does
    /// not soften the demand.
    /// </summary>
    private static bool IsFriendlyNearby(SentenceContext context)
    {
        if (IsFriendly(context.Sentence))
        {
            return true;
        }

        var sentences = context.Document.Sentences;
        var index = context.Sentence.Index;
        for (var i = Math.Max(0, index - 1); i <= Math.Min(sentences.Count - 1, index + 1); i++)
        {
            var neighbour = sentences[i];
            if (i != index
                && neighbour.ParagraphIndex == context.Sentence.ParagraphIndex
                && neighbour.Language != MessageLanguage.Other
                && ((neighbour.Prose.Contains("!!", StringComparison.Ordinal) && IsFriendly(neighbour)) || (i == index + 1 && OpensWarmly(neighbour))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFriendly(Sentence sentence) => RuleLanguage.AnyMatch(sentence, "ML7001.friendly");

    /// <summary>
    /// The next sentence opens with a cheer (ML7001.cheer: an emoji of delight, congratulations; not thanks, which follows
    /// demands as well: "Пришлите тексты!!! Спасибо."), and the cheer belongs to the marks before it: "omg the puppy!!! 😍 what's
    /// his name?" is delight (twenty-seventh session, probes p-blind31).
    /// </summary>
    private static bool OpensWarmly(Sentence next)
    {
        foreach (var lexicon in RuleLanguage.LexiconsFor(next, "ML7001.cheer"))
        {
            if (lexicon.FirstMatch(next.Prose) is { } match && next.Prose.AsSpan(0, match.Index).IsWhiteSpace())
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The sentence or a neighbour in its paragraph celebrates or thanks (ML7001.cheer): "Are you kidding? A feature in
    /// Forbes? Huge congrats!" is delight, and "When will you finally get a holiday? You've earned it" is care — unless a
    /// mishap stands there too. A rude word is banter only with the cheer in its own sentence or the next ("Shut up, that's
    /// brilliant! Congrats on the grant 🎉", «Ты просто тупо лучший монтажёр 🙌»), so the window is the caller's.
    /// </summary>
    private static bool IsCheeredNearby(SentenceContext context, int before, int after)
    {
        var sentences = context.Document.Sentences;
        var index = context.Sentence.Index;
        var cheered = false;
        for (var i = Math.Max(0, index - before); i <= Math.Min(sentences.Count - 1, index + after); i++)
        {
            var near = sentences[i];
            if (near.ParagraphIndex != context.Sentence.ParagraphIndex || near.Language == MessageLanguage.Other)
            {
                continue;
            }

            // Praise next to a mishap is sarcasm: "Are you serious? You deleted the production database. Amazing."
            if (RuleLanguage.FirstUnquoted(near, "ML7001.mishap", checkNegation: true) is not null)
            {
                return false;
            }

            cheered |= RuleLanguage.AnyMatch(near, "ML7001.cheer");
        }

        return cheered;
    }


    /// <summary>Lower case, with the sentence's first letter and the English pronoun "I" kept as capitals.</summary>
    private static string ToNormalCase(string text, bool atSentenceStart)
    {
        var chars = text.ToLower(CultureInfo.InvariantCulture).ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var alone = chars[i] == 'i'
                && (i == 0 || !char.IsLetter(chars[i - 1]))
                && (i + 1 == chars.Length || !char.IsLetter(chars[i + 1]));
            if (alone || (i == 0 && atSentenceStart))
            {
                chars[i] = char.ToUpper(chars[i], CultureInfo.InvariantCulture);
            }
        }

        return new string(chars);
    }
}
