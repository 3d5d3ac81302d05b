using CsCheck;

namespace MessageLint.Properties.Tests.Support;

/// <summary>
/// Generators of drafts nobody would write on purpose but a linter still meets: broken UTF-16,
/// control and bidi characters, joiners, huge words, every kind of line break, Markdown soup,
/// directives and the phrases the built-in rules react to, so both the quiet and the noisy paths run.
/// </summary>
internal static class HostileText
{
    private static readonly string[] Fragments =
    [
        // Lone and reversed surrogates, replacement and non-characters.
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800", "\uFFFD", "\uFFFE", "\uFFFF",
        // Control characters, including the ones that end lines in Unicode but not in LineMap.
        "\0", "\u0001", "\u0007", "\b", "\t", "\v", "\f", "\u001B[31m", "\u007F", "\u0085", "\u2028", "\u2029",
        // Bidi marks and isolates, joiners, BOM, soft hyphen, combining marks.
        "\u200E", "\u200F", "\u202A", "\u202B", "\u202D", "\u202E", "\u2066", "\u2067", "\u2069",
        "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "e\u0301", "\u0301", "и\u0306",
        "👩‍💻", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🙂", "🔥🔥", ")))", "(((", "😡!!!",
        // Prose the rules read, in both languages, and shouting.
        "Привет", "привет, ", "как я уже писал", "Как я уже говорил, ", "вы сами виноваты", "as I already said",
        "As I mentioned before, ", "you should have", "ПРИШЛИТЕ ТЕКСТЫ СРОЧНО", "SEND THE FILES TODAY PLEASE",
        "ASAP", "ТЗ", "。", "Готово。Дальше", "Спасибо!!!", "Thanks!!", "!!!", "!!", "?!", "!?!?", "...", "…", "т.е.", "e.g.", "10:30", "3.14",
        "Mr. Smith", " ", "  ", "word", "слово", "Ёлка ёжик", "Добрый день.", "OK.", "ок",
        // Markdown soup.
        "**", "*", "_", "__", "~~", "`", "``", "```", "```csharp", "> ", ">", "# ", "## ", "- ", "* ", "1. ", "- [ ] ",
        "[", "]", "](", ")", "![", "[x]: http://x", "<", ">", "<div>", "</div>", "<br/>", "<!--", "-->", "|", "| a | b |",
        "|---|---|", "---", "===", "\\", "\\*", "&amp;", "&#x0;", "&#xD800;", "&nbsp;", "<http://example.com>",
        "    indented code", "\t\tcode",
        // Addresses and mentions.
        "http://example.com/path?q=1.", "www.example.com", "user@example.com", "@alice", "@", "://",
        // Suppression directives, well and badly formed.
        "<!-- messagelint-disable ML7001 -->", "<!-- messagelint-enable ML7001 -->", "<!-- messagelint-disable -->",
        "<!-- messagelint-disable-next-line ML7001 -- quoting -->", "<!-- messagelint-disable-line -->",
        "[messagelint-disable-next-line ML7001]", "[messagelint-disable ML9999 -- why]", "[messagelint-enable]",
        "<!-- messagelint-disable \uD800 -->", "[messagelint-disable ML7001,\u200DML0100]", "messagelint-",
    ];

    /// <summary>One line break of any kind, so CRLF, CR and LF mix in one draft.</summary>
    public static Gen<string> LineBreak { get; } = Gen.OneOf("\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\r\r\n", "\n\r");

    /// <summary>A single word thousands of characters long.</summary>
    public static Gen<string> LongWord { get; } =
        Gen.Select(Gen.OneOf("a", "Ж", "Z", "Щ", "🙂", "\u0301", "!"), Gen.Int[100, 5000], (unit, count) => string.Concat(Enumerable.Repeat(unit, count)));

    /// <summary>Any UTF-16 code units at all, surrogates included.</summary>
    public static Gen<string> RawCodeUnits { get; } = Gen.Char.Array[1, 6].Select(chars => new string(chars));

    /// <summary>One piece of a draft.</summary>
    public static Gen<string> Fragment { get; } = Gen.Frequency(
        (12, Gen.OneOf(Fragments)),
        (3, RawCodeUnits),
        (4, LineBreak),
        (1, LongWord));

    /// <summary>A draft of up to about a hundred pieces.</summary>
    public static Gen<string> Draft { get; } = Fragment.Array[0, 100].Select(string.Concat);

    /// <summary>A draft of thousands of short lines with mixed line breaks.</summary>
    public static Gen<string> ThousandsOfLines { get; } =
        Gen.Select(Fragment.Array[0, 4].Select(string.Concat), LineBreak)
            .Array[1000, 3000]
            .Select(lines => string.Concat(lines.Select(l => l.Item1 + l.Item2)));

    /// <summary>A draft of lines that each have a good chance of a finding, for suppression and fix properties.</summary>
    public static Gen<string[]> LinesWithFindings { get; } =
        Gen.Frequency(
                (3, Gen.OneOf("ПРИШЛИТЕ ТЕКСТЫ ДЛЯ БЛОКА УСЛУГ!!!", "Как я уже писал, макет готов.", "SEND THE FINAL FILES TODAY!!", "As I already said, it is late!!!", "Где тексты?!!")),
                (2, Fragment.Array[1, 8].Select(string.Concat)))
            .Select(line => line.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal))
            .Array[1, 12];
}
