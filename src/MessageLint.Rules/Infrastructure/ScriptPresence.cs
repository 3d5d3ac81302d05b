using System.Buffers;
using MessageLint.Core.Text;

namespace MessageLint.Rules.Infrastructure;

/// <summary>
/// Whether a text holds Latin or Cyrillic letters, to search a mixed-script sentence with both
/// languages' lexicons. Rules ask this for every sentence and lexicon, so it uses precomputed
/// <see cref="SearchValues{T}"/>: the generic range search boxed a character per call in a large audit.
/// </summary>
internal static class ScriptPresence
{
    private static readonly SearchValues<char> Latin = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly SearchValues<char> Cyrillic = SearchValues.Create(string.Concat(Enumerable.Range(0x0400, 0x100).Select(c => (char)c)));

    /// <summary>True when the text holds an ASCII Latin letter.</summary>
    public static bool HasLatin(ReadOnlySpan<char> text) => text.ContainsAny(Latin);

    /// <summary>True when the text holds a character of the Cyrillic block (U+0400–U+04FF).</summary>
    public static bool HasCyrillic(ReadOnlySpan<char> text) => text.ContainsAny(Cyrillic);

    /// <summary>True when a sentence also holds the other supported language's script: Latin in a Russian sentence, Cyrillic in any other.</summary>
    public static bool MixesOtherScript(Sentence sentence)
        => sentence.Language == MessageLanguage.Russian ? HasLatin(sentence.Prose) : HasCyrillic(sentence.Prose);
}
