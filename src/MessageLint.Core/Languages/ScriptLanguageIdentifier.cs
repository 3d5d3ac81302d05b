using System.Collections.Frozen;
using MessageLint.Core.Text;

namespace MessageLint.Core.Languages;

/// <summary>
/// A light language identifier for short chat sentences. The script decides between Cyrillic and
/// Latin. For Cyrillic, letters that Russian lacks (і ї є ґ ў ј љ њ ћ ќ ә қ …) mark another language
/// outright; otherwise Russian competes with Ukrainian, Belarusian, Bulgarian, Serbian and
/// Macedonian on evidence that only one side can have: function words that are not words of the
/// other languages, letters a language does not use (ы э ё in Ukrainian or Bulgarian, и in
/// Belarusian, й ь я ю in Serbian), and endings and prefixes typical of one language ("-ння",
/// "-ися", "роз-", "-ць", "-цца", a vowel "ъ"). Russian wins ties, so shared words ("ну", "так",
/// "завтра") leave a sentence Russian. Latin text is English unless other languages' function
/// words, diacritics, elisions ("l'", "j'") or spellings ("sz", "-lich", "-mente", "¿") outweigh
/// English function words. Measured against a labelled set in the Core tests (see
/// src/MessageLint.Core/docs/language-identification.md); chosen over a statistical detector, which took short Russian
/// chat ("ок беру", "как скажете") for Kazakh or Bulgarian and cost ~80 µs a sentence.
/// </summary>
public sealed class ScriptLanguageIdentifier : ILanguageIdentifier
{
    /// <summary>A shared instance; the identifier has no state.</summary>
    public static ScriptLanguageIdentifier Instance { get; } = new();

    private const string RussianAlphabet = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ";

    private const string Consonants = "бвгджзйклмнпрстфхцчшщ";

    private const string Vowels = "аеёиоуыэюя";

    private const int Ukrainian = 0;
    private const int Belarusian = 1;
    private const int Bulgarian = 2;
    private const int Serbian = 3;
    private const int Macedonian = 4;
    private const int OtherCyrillicCount = 5;

    /// <summary>Frequent Russian words that are not words of Ukrainian, Belarusian, Bulgarian, Serbian or Macedonian.</summary>
    private static readonly FrozenSet<string> RussianWords = Words(
        "что", "чтобы", "это", "этот", "эта", "эти", "этого", "этому", "этом", "эту", "который", "которая", "которое",
        "которые", "которого", "нет", "сейчас", "сегодня", "спасибо", "пожалуйста", "хорошо", "будет", "будем", "будут",
        "было", "были", "был", "если", "только", "уже", "ещё", "еще", "можно", "нужно", "надо", "сделаю", "сделать",
        "сделал", "сделала", "сделаем", "пришлю", "пришлите", "ладно", "привет", "здравствуйте", "когда", "где",
        "почему", "потому", "очень", "тоже", "также", "вот", "какой", "какая", "какое", "какие", "какого", "меня",
        "тебя", "себя", "его", "её", "ее", "есть", "быть", "чем", "пока", "щас", "норм", "посмотрю", "посмотрите",
        "неделе", "неделю", "пятницы", "понедельник", "вопрос", "вопросы", "правки", "хотите", "тогда", "работу",
        "заказчик", "сразу", "утром", "вечером", "сорян", "ничего", "всего", "здесь", "сколько", "сможете", "хотел",
        "хотела", "должен", "должны", "получилось", "отправлю", "отправил", "написал", "нравится", "понял", "поняла",
        "понятно", "договорились", "жду", "ждём", "ждем", "огромное", "большое", "деньги", "счёт", "счет", "всё",
        "скажете", "или",

        // Russian words that a neighbour's list also holds: without them here, "Можем разбить оплату на три
        // части" scored for Bulgarian ("можем") and "Будь на связи" for Ukrainian ("будь") with no Russian
        // word to balance, and a plain Russian sentence went unchecked as "other".
        "можем", "будь", "тебе", "тому", "сам", "сама", "видя", "направим", "чекаю", "можеш");

    private static readonly FrozenSet<string>[] OtherCyrillicWords =
    [
        // Ukrainian
        Words(
            "що", "шо", "це", "цей", "ця", "ще", "вже", "дуже", "як", "який", "яка", "яке", "коли", "тому", "бо", "або",
            "чи", "але", "треба", "можна", "буде", "будемо", "будуть", "зробити", "зроблю", "зробимо", "надішлю",
            "його", "вона", "вони", "він", "ми", "ви", "ти", "й", "з", "із", "зі", "від", "дякую", "будь", "ласка",
            "вибачте", "вибач", "гаразд", "звісно", "нема", "немає", "щось", "завжди", "ніж", "зараз", "тиждень",
            "добрий", "гарного", "гарний", "чудово", "чудова", "привіт", "мене", "тебе", "собі", "мені",
            "скільки", "сьогодні", "зрозумів", "зрозуміло", "чекаю", "добре", "зручно", "також", "де", "ось", "поки",
            "зранку", "увечері", "робота", "роботу", "можу", "готовий", "почати", "скажете",
            "теж", "хто", "куди", "чому", "бачу", "знову", "лише", "трохи", "багато", "коштує", "мабуть", "напевно",
            "звичайно", "перепрошую", "зробив", "зробила", "тобто", "отже"),

        // Belarusian
        Words(
            "дзень", "калі", "дзякуй", "дзякую", "таксама", "вельмі", "ня", "яго", "што", "гэта", "гэты", "гэтая",
            "гэтую", "ёсць", "добры", "трэба", "сёння", "будзе", "але", "з", "як", "праз", "пра", "дык", "зараз",
            "мяне", "цябе", "сябе", "яна", "яны", "ён", "вось", "усё", "каб", "таму", "бо", "ужо", "яшчэ", "зраблю",
            "прабачце", "праца", "працу", "грошы", "няма",
            "хто", "чаму", "куды", "шмат", "потым", "пасля", "гатовы", "гатова", "прывітанне", "магу", "можа", "будзем"),

        // Bulgarian
        Words(
            "ще", "това", "тази", "тези", "този", "съм", "са", "със", "във", "към", "няма", "нещо", "нищо", "сега",
            "днес", "утре", "благодаря", "здравей", "здравейте", "моля", "добре", "защото", "какво", "кога", "къде",
            "ние", "вие", "беше", "имам", "имаме", "имате", "искам", "искаме", "трябва", "обаче", "също", "вече",
            "още", "е", "ми", "ти", "ви", "ги", "му", "тя", "нали", "мога", "можеш", "можем", "може", "пратя",
            "изпратя", "пращам", "който", "която", "които", "някой", "тук", "аз", "бих", "ден", "кажете", "кажи",
            "направя", "направим", "видя", "като", "защо", "колко", "пак", "пари", "сте", "сме", "си", "стана",
            "страхотно", "страхотна", "страхотен",
            "така", "тогава", "преди", "всичко", "всички", "винаги", "понеже", "обадя", "хубаво", "хубав", "беше", "бяха"),

        // Serbian
        Words(
            "су", "сам", "смо", "сте", "хвала", "добар", "дан", "сутра", "данас", "шта", "како", "зашто", "колико",
            "молим", "поздрав", "али", "се", "би", "од", "са", "уз", "ово", "паре", "урадим", "може", "треба", "нема",
            "имам", "баш",
            "нисам", "нису", "био", "тако", "овде", "тамо", "кад", "ништа", "нешто", "важи", "можеш", "желим", "вече"),

        // Macedonian
        Words(
            "сум", "си", "се", "ги", "ни", "ви", "ова", "тоа", "оваа", "што", "како", "кога", "каде", "зошто", "многу",
            "денес", "денеска", "утре", "сега", "благодарам", "фала", "добар", "ден", "уште", "нема", "има", "можам",
            "може", "оди", "од", "беше", "имаме", "нешто", "ништо", "секогаш", "сите", "исто", "треба", "молам", "извинете", "здраво", "поздрав"),
    ];

    private const int RussianBit = 1 << OtherCyrillicCount;

    private static readonly FrozenDictionary<string, int> CyrillicWordLanguages = CyrillicWordsByLanguage();

    private static readonly FrozenSet<string> EnglishWords = Words(
        "the", "a", "an", "and", "to", "of", "is", "are", "you", "i", "we", "it", "will", "can", "this", "that", "for",
        "with", "on", "be", "have", "do", "not", "please", "thanks", "thank", "ok", "okay", "sure", "send", "tomorrow",
        "today", "my", "your", "our", "what", "which", "how", "when", "would", "could", "should", "just", "hi", "hey",
        "hello", "yes", "no", "in", "at", "by", "from", "me", "us", "they", "he", "she", "was", "were", "am", "get",
        "got", "done", "asap", "lmk", "pls", "thx", "u", "ur", "im", "i'm", "it's", "don't", "let", "know", "if", "or",
        "but", "so", "all", "any", "some", "up", "out", "about", "there", "here", "week", "client", "clients", "design",
        "soon", "working", "fix", "file", "files", "logo", "colour", "color", "size", "want", "like", "prefer",
        "i'll", "i've", "we'll", "we're", "you're", "let's", "that's", "can't", "won't", "didn't", "need", "also",
        "been", "has", "had", "did", "does", "then", "than", "them", "their", "these", "those", "who", "why", "where",
        "one", "more", "now", "new", "time", "back", "going", "sorry", "great", "good", "call", "regards", "best",
        "cheers", "brb", "btw", "np", "idk", "tbh", "fyi", "ty", "yeah", "yep", "nope", "gonna", "wanna", "into",
        "over", "after", "before", "still", "again", "very", "really", "only", "it'll", "there's", "what's");

    private static readonly FrozenSet<string> OtherLatinWords = Words(
        // German
        "der", "die", "das", "und", "ist", "nicht", "ich", "sie", "wir", "mit", "für", "ein", "eine", "einen", "auf",
        "zu", "den", "dem", "des", "bitte", "danke", "morgen", "heute", "auch", "sind", "haben", "habe", "hat", "wird",
        "kann", "gerne", "es", "mir", "dir", "mich", "dich", "uns", "euch", "wie", "was", "wo", "wann", "warum", "wer",
        "noch", "schon", "nur", "sehr", "gleich", "ja", "nein", "doch", "mal", "gut", "dass", "wenn", "weil", "als",
        "oder", "aber", "kein", "keine", "bin", "bist", "ihr", "im", "zum", "zur", "vom", "beim", "von", "bei", "nach",
        "aus", "über", "leider", "vielen", "viele", "guten", "hallo",
        "mein", "meine", "dein", "ihre", "unser", "unsere", "sein", "seine", "diese", "dieser", "dieses", "jetzt", "hier",
        "dort", "gestern", "immer", "wieder", "etwas", "alles", "nichts", "viel", "mehr", "ganz", "schön", "toll", "klar",
        "genau", "vielleicht", "natürlich", "liebe", "lieber", "grüße", "tschüss", "woche",
        // French
        "le", "la", "les", "et", "est", "je", "vous", "nous", "pas", "une", "des", "pour", "avec", "que", "merci",
        "bonjour", "demain", "aujourd'hui", "oui", "sur", "dans", "ce", "cette", "mais", "très", "tu", "il", "elle",
        "ils", "du", "de", "au", "aux", "ou", "donc", "par", "sans", "chez", "qui", "ne", "suis", "ai", "avons", "avez",
        "ont", "ça", "ces", "mon", "ma", "mes", "ton", "ta", "votre", "vos", "notre", "leur", "salut", "bonsoir", "non",
        "bien", "tout", "tous", "combien", "avant", "après", "peu", "cordialement", "désolé",
        "êtes", "sommes", "sera", "peux", "peut", "veux", "faire", "fait", "comme", "quand", "où", "pourquoi", "alors",
        "aussi", "encore", "déjà", "toujours", "jamais", "rien", "quelque", "chose", "beaucoup", "trop", "voici", "voilà",
        "bonne", "journée", "semaine",
        // Spanish, Italian, Portuguese
        "el", "los", "las", "y", "es", "por", "para", "con", "una", "gracias", "hola", "mañana", "hoy", "pero", "muy",
        "il", "che", "non", "per", "sono", "grazie", "ciao", "domani", "oggi", "della", "o", "os", "não", "obrigado",
        "você", "amanhã", "hoje", "uma", "muito", "em", "del", "al", "lo", "se", "te", "mi", "su", "un", "si", "sí",
        "ya", "voy", "vamos", "está", "estoy", "como", "cómo", "cuando", "donde", "porque", "qué", "muchas", "buenos",
        "buenas", "días", "saludo", "saludos", "ahora", "mismo", "todo", "también", "antes", "después",
        "este", "esta", "esto", "eso", "esa", "ese", "hay", "tengo", "tienes", "tiene", "puedo", "puede", "quiero",
        "hacer", "perdón", "disculpa", "claro", "vale", "bueno", "nada", "algo", "siempre", "nunca", "aquí", "hasta",
        "desde", "sobre", "entre", "sin", "nos", "les", "usted", "semana", "pronto",
        // Polish, Dutch
        "nie", "jest", "się", "że", "dziękuję", "czy", "proszę", "jutro", "dzisiaj", "też", "bardzo", "wyślę",
        "het", "een", "en", "niet", "ik", "dat", "vandaag", "graag", "bedankt", "wij", "zijn",
        "jak", "ile", "już", "jeszcze", "dla", "przez", "mam", "mamy", "jestem", "pozdrawiam", "dzień", "dobry", "rano",
        "może", "tak", "na", "od", "za", "w", "z",
        "ale", "bo", "więc", "tylko", "wszystko", "nic", "coś", "kiedy", "gdzie", "dlaczego", "który", "która", "które",
        "tego", "tej", "ten", "tym", "jego", "jej", "ci", "cię", "cześć", "dzięki");

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
            else if (c is '¿' or '¡')
            {
                // Spanish opening marks.
                otherLatinLetters += 3;
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

        var russian = 0;
        Span<int> other = stackalloc int[OtherCyrillicCount];
        var words = CyrillicWordLanguages.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[32];
        foreach (var word in new WordEnumerator(text))
        {
            if (word.Length > buffer.Length)
            {
                continue;
            }

            var lower = buffer[..word.Length];
            InvariantLowerCase.Convert(word, lower);
            if (words.TryGetValue(lower, out var languages))
            {
                russian += (languages & RussianBit) != 0 ? 2 : 0;
                for (var language = 0; language < OtherCyrillicCount; language++)
                {
                    other[language] += (languages & (1 << language)) != 0 ? 2 : 0;
                }
            }

            russian += RussianEvidence(lower);
            ScoreLetters(lower, other);
            ScoreMorphology(lower, other);
        }

        var best = 0;
        foreach (var score in other)
        {
            best = Math.Max(best, score);
        }

        return best > russian ? MessageLanguage.Other : MessageLanguage.Russian;
    }

    /// <summary>Endings and letters only Russian (of the languages compared) has.</summary>
    private static int RussianEvidence(ReadOnlySpan<char> lower)
    {
        var score = 0;
        if (lower.Length > 3 && (lower.EndsWith("ться") || lower.EndsWith("тся") || lower.EndsWith("ый") || lower.EndsWith("ые")
            || lower.EndsWith("ешь") || lower.EndsWith("ишь") || lower.EndsWith("ов") || lower.EndsWith("ть")))
        {
            score++;
        }

        // In Russian "ъ" only stands before е, ё, ю, я ("объявление").
        var hard = lower.IndexOf('ъ');
        if (hard >= 0 && hard + 1 < lower.Length && lower[hard + 1] is 'е' or 'ё' or 'ю' or 'я')
        {
            score++;
        }

        if (lower.ContainsAny('ы', 'э', 'ё'))
        {
            score++;
        }

        return score;
    }

    /// <summary>Penalises languages for letters their alphabets do not have, and rewards Bulgarian's vowel "ъ".</summary>
    private static void ScoreLetters(ReadOnlySpan<char> lower, Span<int> other)
    {
        if (lower.ContainsAny('ы', 'э', 'ё'))
        {
            // Belarusian writes ы, э and ё too; Ukrainian and the South Slavic languages never do.
            other[Ukrainian] -= 2;
            other[Bulgarian] -= 2;
            other[Serbian] -= 2;
            other[Macedonian] -= 2;
        }

        if (lower.Contains('и'))
        {
            // Belarusian writes і for и.
            other[Belarusian] -= 2;
        }

        if (lower.Contains('щ'))
        {
            other[Belarusian] -= 2;
            other[Serbian] -= 2;
            other[Macedonian] -= 2;
        }

        if (lower.ContainsAny("йьяю"))
        {
            // Serbian and Macedonian write ј, љ, њ instead.
            other[Serbian] -= 2;
            other[Macedonian] -= 2;
        }

        var hard = lower.IndexOf('ъ');
        if (hard >= 0)
        {
            other[Ukrainian] -= 2;
            other[Belarusian] -= 2;
            other[Serbian] -= 2;
            other[Macedonian] -= 2;

            // In Bulgarian "ъ" is a vowel ("път", "съм", "към").
            if (hard == lower.Length - 1 || lower[hard + 1] is not ('е' or 'ё' or 'ю' or 'я'))
            {
                other[Bulgarian] += 3;
            }
        }
    }

    /// <summary>Endings, prefixes and clusters typical of one of the other Cyrillic languages and rare in Russian.</summary>
    private static void ScoreMorphology(ReadOnlySpan<char> lower, Span<int> other)
    {
        // Ukrainian verbal nouns "-ння", "-ття" (Russian "-ние", "-тие").
        if (lower.Length > 4 && (lower.EndsWith("ння") || lower.EndsWith("ття")))
        {
            other[Ukrainian] += 2;
        }

        // Ukrainian infinitives "-увати", "-ювати" (Russian "-овать") and reflexive "-тися", "-юся" (Russian "-ться", "-юсь").
        if (lower.EndsWith("увати") || lower.EndsWith("ювати") || lower.EndsWith("ися")
            || (lower.EndsWith("юся") && !lower.EndsWith("уюся")))
        {
            other[Ukrainian] += 2;
        }

        // Ukrainian first person plural "-емо" (Russian "-ем").
        if (lower.Length > 4 && lower.EndsWith("емо"))
        {
            other[Ukrainian] += 2;
        }

        // Ukrainian synthetic future "-тиму", "-тиме", "-тимуть" ("робитиму", "коштуватиме").
        if (lower.Length > 6 && (lower.EndsWith("тиму") || lower.EndsWith("тиме") || lower.EndsWith("тимуть") || lower.EndsWith("тимемо")))
        {
            other[Ukrainian] += 2;
        }

        // Ukrainian and Serbian infinitives "-ити" (Russian "-ить").
        if (lower.Length > 4 && lower.EndsWith("ити"))
        {
            other[Ukrainian]++;
            other[Serbian]++;
        }

        // Serbian masculine past "-ао" ("могао", "послао"); Russian has it only in loans ("какао").
        if (lower.Length > 4 && lower.EndsWith("ао") && !lower.EndsWith("какао"))
        {
            other[Serbian] += 2;
        }

        // Macedonian masculine article "-от" after a consonant cluster ("проектот", "текстот").
        if (lower.Length >= 7 && lower.EndsWith("от") && Consonants.Contains(lower[^3]) && Consonants.Contains(lower[^4]))
        {
            other[Macedonian] += 2;
        }

        // Ukrainian "ьо" ("сьогодні", "цього"); Russian has it only in loans before "н" ("бульон").
        var softO = lower.IndexOf("ьо");
        if (softO >= 0 && (softO + 2 >= lower.Length || lower[softO + 2] != 'н'))
        {
            other[Ukrainian] += 2;
        }

        // Ukrainian and Belarusian prefix "роз-" before a consonant (Russian "раз-", "рас-"); "розн-" is Russian ("розница").
        if (lower.Length > 4 && lower.StartsWith("роз") && Consonants.Contains(lower[3]) && lower[3] != 'н')
        {
            other[Ukrainian] += 2;
        }

        // Belarusian "-ць" (Russian "-ть"), "дз" from soft "д", "-цца" (Russian "-тся") and "шч" (Russian "щ").
        if (lower.EndsWith("ць") || lower.StartsWith("дзе") || lower.Contains("дзя", StringComparison.Ordinal)
            || lower.Contains("дзь", StringComparison.Ordinal) || lower.Contains("шч", StringComparison.Ordinal)
            || (lower.Length > 5 && lower.EndsWith("цца") && Vowels.Contains(lower[^4]) && lower[^4] != 'и'))
        {
            other[Belarusian] += 2;
        }

        // Belarusian writes "э" after consonants ("гэта", "тэлефон"); Russian mostly at a word start or after a vowel.
        for (var i = 1; i < lower.Length; i++)
        {
            if (lower[i] == 'э' && Consonants.Contains(lower[i - 1]))
            {
                other[Belarusian]++;
                break;
            }
        }

        // Bulgarian and Macedonian neuter article "-то" on long words ("кафенето", "плащането").
        if (lower.Length >= 7 && (lower.EndsWith("ето") || lower.EndsWith("ото")))
        {
            other[Bulgarian] += 2;
            other[Macedonian] += 2;
        }

        // Serbian and Macedonian syllabic "р" between consonants ("срдачан", "прв"); Russian only in "контр-".
        for (var i = 1; i + 1 < lower.Length; i++)
        {
            if (lower[i] == 'р' && Consonants.Contains(lower[i - 1]) && Consonants.Contains(lower[i + 1])
                && lower[i - 1] != 'й' && !lower.Contains("контр", StringComparison.Ordinal))
            {
                other[Serbian] += 2;
                other[Macedonian] += 2;
                break;
            }
        }
    }

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
            InvariantLowerCase.Convert(word, lower);
            english += en.Contains(lower) ? 1 : 0;
            other += xx.Contains(lower) ? 1 : 0;
            other += OtherLatinSpelling(lower);
        }

        other += Math.Min(otherLatinLetters, 3);
        return other > english ? MessageLanguage.Other : MessageLanguage.English;
    }

    /// <summary>Spellings that English words do not have.</summary>
    private static int OtherLatinSpelling(ReadOnlySpan<char> lower)
    {
        // French and Italian elision: "l'envoie", "j'ai", "d'accord" (English "I'm", "o'clock", "y'all" excluded).
        if (lower.Length > 2 && lower[1] is '\'' or '’' && lower[0] is not ('i' or 'o' or 'y'))
        {
            return 1;
        }

        // Polish digraphs and endings: "sz", "cz", "rz", "-ej", "-ych".
        if (lower.Contains("sz", StringComparison.Ordinal) || lower.Contains("cz", StringComparison.Ordinal)
            || lower.Contains("rz", StringComparison.Ordinal) || (lower.Length > 3 && (lower.EndsWith("ej") || lower.EndsWith("ych"))))
        {
            return 1;
        }

        // German: "-lich", "-keit", "-heit", "-ung", "cht", and "sch" outside English "school", "schedule", "scheme".
        if ((lower.Length > 5 && (lower.EndsWith("lich") || lower.EndsWith("keit") || lower.EndsWith("heit") || lower.EndsWith("ung")))
            || (lower.Contains("cht", StringComparison.Ordinal) && !lower.StartsWith("yacht"))
            || (lower.Contains("sch", StringComparison.Ordinal) && !lower.StartsWith("scho") && !lower.StartsWith("sche")))
        {
            return 1;
        }

        // Romance adverbs "-mente" (Spanish, Italian, Portuguese).
        return lower.Length > 6 && lower.EndsWith("mente") ? 1 : 0;
    }

    private static FrozenSet<string> Words(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Every Cyrillic function word with a bit per language whose list has it (bits 0–4 the other
    /// Cyrillic languages, <see cref="RussianBit"/> Russian): one lookup a word instead of six.
    /// </summary>
    private static FrozenDictionary<string, int> CyrillicWordsByLanguage()
    {
        var masks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in RussianWords)
        {
            masks[word] = RussianBit;
        }

        for (var language = 0; language < OtherCyrillicCount; language++)
        {
            foreach (var word in OtherCyrillicWords[language])
            {
                masks[word] = masks.GetValueOrDefault(word) | (1 << language);
            }
        }

        return masks.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
