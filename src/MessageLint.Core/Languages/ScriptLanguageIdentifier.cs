using System.Collections.Frozen;
using MessageLint.Core.Text;

namespace MessageLint.Core.Languages;

/// <summary>
/// A light language identifier for short chat sentences: the script decides between Cyrillic and
/// Latin; letters that Russian lacks (і ї є ґ ў ј љ њ ә қ …) mark other Cyrillic languages; small
/// sets of frequent function words and endings separate Russian from Bulgarian, Ukrainian and
/// Belarusian, and English from other Latin-script languages. Measured against a labelled set in
/// the Core tests (see src/MessageLint.Core/docs/language-identification.md); chosen over a statistical detector, which
/// took short Russian chat ("ок беру", "как скажете") for Kazakh or Bulgarian and cost ~80 µs a sentence.
/// </summary>
public sealed class ScriptLanguageIdentifier : ILanguageIdentifier
{
    /// <summary>A shared instance; the identifier has no state.</summary>
    public static ScriptLanguageIdentifier Instance { get; } = new();

    private const string RussianAlphabet = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ";

    private static readonly FrozenSet<string> RussianWords = Words(
        "что", "это", "этот", "эта", "эти", "чтобы", "который", "которая", "которые", "вы", "мы", "я", "он", "она", "они",
        "нет", "сейчас", "сегодня", "завтра", "спасибо", "пожалуйста", "хорошо", "будет", "было", "если", "только",
        "уже", "ещё", "еще", "можно", "нужно", "надо", "сделаю", "пришлю", "скину", "ок", "ладно", "привет",
        "здравствуйте", "когда", "где", "почему", "потому", "очень", "тоже", "всё", "все", "вот", "тут", "ну",
        "какой", "какого", "какие", "скажете", "беру", "давайте", "готово", "макет", "клиент", "клиенты", "заказчик",
        "его", "ее", "её", "их", "мне", "вам", "нам", "меня", "вас", "нас", "себя", "свой", "быть", "есть", "после",
        "чем", "так", "также", "сделать", "сделал", "сделала", "пока", "щас", "норм", "гляну", "посмотрю", "день",
        "неделе", "пятницы", "понедельник", "ответ", "вопрос", "правки", "можете", "могу", "хочу", "хотите", "или",
        "мой", "моя", "ваш", "ваша", "наш", "наша", "этого", "тогда", "просто", "работу", "работа", "проект");

    private static readonly FrozenSet<string> BulgarianWords = Words(
        "ще", "това", "тази", "тези", "този", "съм", "са", "със", "във", "към", "няма", "нещо", "сега", "днес", "утре",
        "благодаря", "здравей", "здравейте", "моля", "добре", "защото", "какво", "кога", "къде", "ние", "вие",
        "беше", "имам", "имаме", "искам", "трябва", "обаче", "също", "вече", "още", "е", "ли", "го", "ги", "ми", "ти",
        "нали", "мога", "можеш", "пратя", "изпратя", "който", "която", "които", "нищо", "някой", "тук", "там", "него",
        "нея", "тях", "аз", "бих", "би", "ден", "час", "кажете", "кажи", "дадем", "готов", "готово", "здрасти", "мерси");

    private static readonly FrozenSet<string> UkrainianWords = Words(
        "що", "це", "дуже", "як", "й", "зараз", "будь", "ласка", "дякую", "добрий", "вже", "буде", "можна", "треба",
        "тому", "якщо", "зробити", "зроблю", "надішлю", "його", "вона", "вони", "ми", "ви", "бо", "але", "чи", "нема",
        "немає", "коли", "завжди", "ніж", "щось", "гаразд", "тиждень", "звісно");

    private static readonly FrozenSet<string> BelarusianWords = Words(
        "дзень", "калі", "дзякуй", "таксама", "вельмі", "ня", "яго", "што", "гэта", "гэты", "ёсць", "добры", "ласка",
        "зараз", "трэба", "заўтра", "сёння", "будзе", "вы", "мы", "але");

    private static readonly FrozenSet<string> EnglishWords = Words(
        "the", "a", "an", "and", "to", "of", "is", "are", "you", "i", "we", "it", "will", "can", "this", "that", "for",
        "with", "on", "be", "have", "do", "not", "please", "thanks", "thank", "ok", "okay", "sure", "send", "tomorrow",
        "today", "my", "your", "our", "what", "which", "how", "when", "would", "could", "should", "just", "hi", "hey",
        "hello", "yes", "no", "in", "at", "by", "from", "me", "us", "they", "he", "she", "was", "were", "am", "get",
        "got", "done", "asap", "lmk", "pls", "thx", "u", "ur", "im", "i'm", "it's", "don't", "let", "know", "if", "or",
        "but", "so", "all", "any", "some", "up", "out", "about", "there", "here", "week", "client", "clients", "design",
        "will", "soon", "working", "fix", "file", "files", "logo", "colour", "color", "size", "want", "like", "prefer");

    private static readonly FrozenSet<string> OtherLatinWords = Words(
        // German
        "der", "die", "das", "und", "ist", "nicht", "ich", "sie", "wir", "mit", "für", "ein", "eine", "auf", "zu", "den",
        "dem", "bitte", "danke", "morgen", "heute", "auch", "sind", "haben", "wird", "kann", "gerne", "schicke",
        // French
        "le", "la", "les", "et", "est", "je", "vous", "nous", "pas", "une", "des", "pour", "avec", "que", "merci",
        "bonjour", "demain", "aujourd'hui", "oui", "sur", "dans", "ce", "cette", "mais", "très", "envoie", "envoyer",
        // Spanish, Italian, Portuguese
        "el", "los", "las", "y", "es", "por", "para", "con", "una", "gracias", "hola", "mañana", "hoy", "pero", "muy",
        "il", "che", "non", "per", "sono", "grazie", "ciao", "domani", "oggi", "della", "o", "os", "não", "obrigado",
        "você", "amanhã", "hoje", "uma", "muito", "em",
        // Polish, Dutch
        "nie", "jest", "się", "że", "dziękuję", "czy", "proszę", "jutro", "dzisiaj", "też", "bardzo", "wyślę",
        "het", "een", "en", "niet", "ik", "je", "dat", "morgen", "vandaag", "graag", "bedankt", "wij", "zijn");

    /// <inheritdoc />
    public MessageLanguage Identify(ReadOnlySpan<char> text)
    {
        int cyrillic = 0, latin = 0;
        var nonRussianCyrillic = false;
        var otherLatinLetters = 0;
        foreach (var c in text)
        {
            if (c is >= '\u0400' and <= '\u052F')
            {
                cyrillic++;
                if (!RussianAlphabet.Contains(c, StringComparison.Ordinal))
                {
                    nonRussianCyrillic = true;
                }
            }
            else if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))
            {
                latin++;
            }
            else if (c is >= '\u00C0' and <= '\u024F' && char.IsLetter(c))
            {
                latin++;
                otherLatinLetters++;
            }
        }

        if (cyrillic == 0 && latin == 0)
        {
            return MessageLanguage.Other;
        }

        return cyrillic >= latin
            ? IdentifyCyrillic(text, nonRussianCyrillic)
            : IdentifyLatin(text, otherLatinLetters);
    }

    private static MessageLanguage IdentifyCyrillic(ReadOnlySpan<char> text, bool nonRussianCyrillic)
    {
        if (nonRussianCyrillic)
        {
            return MessageLanguage.Other;
        }

        int russian = 0, bulgarian = 0, ukrainian = 0, belarusian = 0;
        var ru = RussianWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var bg = BulgarianWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var uk = UkrainianWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var be = BelarusianWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[32];
        foreach (var word in new WordEnumerator(text))
        {
            if (word.Length > buffer.Length)
            {
                russian += HasRussianEnding(word) ? 1 : 0;
                continue;
            }

            var lower = buffer[..word.Length];
            word.ToLowerInvariant(lower);
            russian += ru.Contains(lower) ? 2 : 0;
            bulgarian += bg.Contains(lower) ? 2 : 0;
            ukrainian += uk.Contains(lower) ? 2 : 0;
            belarusian += be.Contains(lower) ? 2 : 0;
            if (HasRussianEnding(lower))
            {
                russian++;
            }

            if (lower.ContainsAny('ы', 'э', 'ё'))
            {
                russian++;
                bulgarian -= 2;
                ukrainian -= 2;
            }

            // In Russian "ъ" only stands before е, ё, ю, я; in Bulgarian it is a vowel ("път", "съм").
            var hard = lower.IndexOf('ъ');
            if (hard >= 0 && (hard == lower.Length - 1 || lower[hard + 1] is not ('е' or 'ё' or 'ю' or 'я')))
            {
                bulgarian += 3;
            }

            // "дз"/"ць" clusters and "-ць" endings are Belarusian, rare in Russian.
            if (lower.EndsWith("ць") || lower.StartsWith("дзе"))
            {
                belarusian += 2;
            }
        }

        var best = Math.Max(bulgarian, Math.Max(ukrainian, belarusian));
        return best > russian ? MessageLanguage.Other : MessageLanguage.Russian;
    }

    private static bool HasRussianEnding(ReadOnlySpan<char> lower)
        => lower.Length > 3 && (lower.EndsWith("ть") || lower.EndsWith("ться") || lower.EndsWith("тся") || lower.EndsWith("ого")
            || lower.EndsWith("ый") || lower.EndsWith("ые") || lower.EndsWith("ую") || lower.EndsWith("ешь") || lower.EndsWith("ишь")
            || lower.EndsWith("ов"));

    private static MessageLanguage IdentifyLatin(ReadOnlySpan<char> text, int otherLatinLetters)
    {
        int english = 0, other = 0;
        var en = EnglishWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var xx = OtherLatinWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[32];
        foreach (var word in new WordEnumerator(text))
        {
            if (word.Length > buffer.Length)
            {
                continue;
            }

            var lower = buffer[..word.Length];
            word.ToLowerInvariant(lower);
            english += en.Contains(lower) ? 1 : 0;
            other += xx.Contains(lower) ? 1 : 0;
        }

        other += Math.Min(otherLatinLetters, 3);
        return other > english ? MessageLanguage.Other : MessageLanguage.English;
    }

    private static FrozenSet<string> Words(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
