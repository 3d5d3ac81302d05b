using System.Collections.Frozen;

namespace MessageLint.Core.Text;

/// <summary>Abbreviations after which a full stop does not end a sentence (compared case-insensitively, without dots).</summary>
internal static class Abbreviations
{
    /// <summary>Abbreviations that never end a sentence ("т.е.", "e.g.", "Mr.").</summary>
    public static readonly FrozenSet<string> Inner = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        // Russian
        "т.е", "т.к", "доп", "соотв", "т.н", "т.ч", "т.о", "напр", "см", "ср", "ул", "пр", "д", "кв", "г", "гг",
        "им", "вкл", "искл", "проф", "доц", "акад", "тел", "прим",
        "ред", "изд", "зам", "нач", "рус", "англ", "пер", "т", "н.э", "до н.э", "в т.ч", "с.г",
        // English
        "e.g", "i.e", "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "approx", "inc",
        "ltd", "co", "corp", "dept", "est", "mon", "tue", "wed", "thu", "fri", "sat",
        "sun", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "u.s",
        "u.k", "ph.d", "cf", "ref", "tel", "ext", "att", "attn");

    /// <summary>
    /// Abbreviations that stand before a number ("No. 5", "стр. 12") and are ordinary words elsewhere
    /// ("The answer is no."), so they hold a sentence together only when a digit follows.
    /// </summary>
    public static readonly FrozenSet<string> BeforeNumber = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "стр", "рис", "табл", "no", "nos", "p", "pp", "vol", "fig");

    /// <summary>
    /// Abbreviations that close lists or follow a number as a unit ("и т.д.", "etc.", "500 руб.",
    /// "a sec."), so they often end a sentence: they do when a capital or a digit follows.
    /// </summary>
    public static readonly FrozenSet<string> Terminal = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "т.д", "т.п", "др", "etc", "и т.д", "и т.п", "и др",
        "руб", "коп", "тыс", "млн", "млрд", "мин", "сек", "ч", "min", "max", "sec", "hr", "hrs");
}
