using System.Text.RegularExpressions;
using MessageLint.Rules.Infrastructure;

namespace MessageLint.Rules.Tests;

/// <summary>
/// A word that mixes Latin and Cyrillic letters in a lexicon is almost always a look-alike typo ("pозор"
/// with a Latin p): it never matches real text, and nothing else would notice the entry is dead.
/// </summary>
public sealed class LexiconScriptTests
{
    [Fact]
    public void No_lexicon_word_mixes_latin_and_cyrillic_letters()
    {
        // Hand-written word lists only: anchors.cache is derived from them, and an expression such as «tweak'?нул» rightly
        // yields an anchor that mixes the two scripts.
        var lexicons = EmbeddedRuleResources.ResourceNames
            .Where(n => n.StartsWith("lexicons/", StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal))
            .ToList();
        var mixed = new List<string>();
        foreach (var name in lexicons)
        {
            var lines = (EmbeddedRuleResources.Read(name) ?? string.Empty).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                mixed.AddRange(MixedWords(lines[i]).Select(word => $"{name}:{i + 1}: {word}"));
            }
        }

        Assert.True(lexicons.Count > 50, $"only {lexicons.Count} lexicons embedded");
        Assert.Empty(mixed);
    }

    [Theory]
    [InlineData("pозор", true)]
    [InlineData("позор", false)]
    [InlineData("re: \\bидиот(?:ы|а)?\\b", false)]
    [InlineData("re: \\bидиoт\\b", true)]
    [InlineData("# a comment with pозор", false)]
    [InlineData("e-mail или email", false)]
    [InlineData("re:(?:вариант)\\s+[а-яa-z1-9]\\s+или", false)]
    public void Mixed_words_are_found_outside_comments_and_regex_escapes(string line, bool hasMixed)
        => Assert.Equal(hasMixed, MixedWords(line).Any());

    private static IEnumerable<string> MixedWords(string line)
    {
        var text = line.Trim();
        if (text.Length == 0 || text.StartsWith('#'))
        {
            return [];
        }

        // Regex escapes (\b, \w, \s) would glue a Latin letter to the Cyrillic word after them, and a
        // character class ([а-яa-z]) lists letters, not a word.
        text = Regex.Replace(Regex.Replace(text, @"\\.", " "), @"\[[^\]]*\]", " ");
        return Regex.Matches(text, @"\p{L}+").Select(m => m.Value).Where(w => w.Any(IsLatin) && w.Any(IsCyrillic));
    }

    private static bool IsLatin(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    private static bool IsCyrillic(char c) => c is (>= '\u0400' and <= '\u04FF');
}
