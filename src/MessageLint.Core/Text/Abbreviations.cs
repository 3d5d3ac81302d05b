using System.Collections.Frozen;

namespace MessageLint.Core.Text;

/// <summary>Abbreviations after which a full stop does not end a sentence (compared case-insensitively, without dots).</summary>
internal static class Abbreviations
{
    /// <summary>Abbreviations that never end a sentence ("т.е.", "e.g.", "Mr.").</summary>
    public static readonly FrozenSet<string> Inner = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        // Russian
        "т.е", "т.к", "т.н", "т.ч", "т.о", "напр", "см", "ср", "стр", "рис", "табл", "ул", "пр", "д", "кв", "г", "гг",
        "руб", "коп", "тыс", "млн", "млрд", "мин", "сек", "ч", "им", "вкл", "искл", "проф", "доц", "акад", "тел", "прим",
        "ред", "изд", "зам", "нач", "рус", "англ", "пер", "ок", "т", "н.э", "до н.э", "в т.ч", "с.г",
        // English
        "e.g", "i.e", "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "approx", "no", "nos", "fig", "inc",
        "ltd", "co", "corp", "dept", "est", "min", "max", "sec", "hr", "hrs", "mon", "tue", "wed", "thu", "fri", "sat",
        "sun", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "u.s",
        "u.k", "ph.d", "cf", "p", "pp", "vol", "ref", "tel", "ext", "att", "attn");

    /// <summary>Abbreviations that close lists and may end a sentence when a capital follows ("и т.д.", "etc.").</summary>
    public static readonly FrozenSet<string> Terminal = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "т.д", "т.п", "др", "пр", "etc", "и т.д", "и т.п", "и др");
}
