using System.Text;

namespace MessageLint.Classifier.Featurization;

/// <summary>
/// Prepares text for the featurizer, in training and in prediction alike. ML.NET's text
/// normaliser drops punctuation and case, yet "?" is most of what makes a sentence hand a decision
/// to the client, and "!!!" or capitals are much of bluntness; so those signals become marker
/// words first. Russian ё is folded to е because drafts write both for the same word.
/// </summary>
public static class TextPreprocessor
{
    /// <summary>Marker for a question mark.</summary>
    public const string QuestionMarker = "qqquestion";

    /// <summary>Marker for two or more exclamation marks in a row.</summary>
    public const string ExclamationMarker = "qqexclaim";

    /// <summary>Marker for three or more capital letters in a row (shouting, or an acronym).</summary>
    public const string CapitalsMarker = "qqcapitals";

    /// <summary>
    /// True when the featurizer would see nothing in the text: only ASCII punctuation that makes no
    /// marker (")))", "...", ";)"). The model can then only give its prior, so the pre-filter
    /// answers without running it. Emoji, digits, white space and other symbols reach ML.NET's
    /// character n-grams, so they are left to the model.
    /// </summary>
    public static bool IsFeatureless(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '?' || (c == '!' && i + 1 < text.Length && text[i + 1] == '!'))
            {
                return false;
            }

            if (!char.IsAscii(c) || !char.IsPunctuation(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>First private-use character that stands in for characters outside the Basic Multilingual Plane.</summary>
    public const char SupplementaryStandInFirst = '\uE000';

    private const int SupplementaryStandInCount = 0x1900;
    private const char ControlPicturesFirst = '\u2400';
    private const char ControlPicturesLast = '\u243F';

    /// <summary>
    /// The text the featurizer sees. Besides the markers, characters that ML.NET names ambiguously
    /// in its vocabulary are mapped to ones it names plainly, so that <see cref="CompiledFeaturizer"/>
    /// can read the vocabulary back: every kind of white space and control character becomes a
    /// space, "|" (its n-gram separator) a space, and an emoji or other character outside the Basic
    /// Multilingual Plane — two UTF-16 units that ML.NET would name identically — one private-use
    /// character derived from its code point, so 😀 and 😡 stay different features. With
    /// <paramref name="lexicons"/>, a marker word per lexicon with a phrase in the text is appended.
    /// </summary>
    public static string Prepare(string text, LexiconMarkers? lexicons = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 32);
        var question = false;
        var exclamations = false;
        var capitals = false;
        var upperRun = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(SupplementaryStandIn(char.ConvertToUtf32(c, text[i + 1])));
                i++;
                upperRun = 0;
                continue;
            }

            switch (c)
            {
                case 'ё':
                    builder.Append('е');
                    break;
                case 'Ё':
                    builder.Append('Е');
                    break;
                case '|':
                    builder.Append(' ');
                    break;
                case var _ when char.IsWhiteSpace(c) || char.IsControl(c) || char.IsSurrogate(c) || c is >= ControlPicturesFirst and <= ControlPicturesLast:
                    builder.Append(' ');
                    break;
                default:
                    builder.Append(c);
                    break;
            }

            if (c == '?')
            {
                question = true;
            }
            else if (c == '!' && i + 1 < text.Length && text[i + 1] == '!')
            {
                exclamations = true;
            }

            if (char.IsUpper(c))
            {
                upperRun++;
                capitals |= upperRun >= 3;
            }
            else
            {
                upperRun = 0;
            }
        }

        if (question)
        {
            builder.Append(' ').Append(QuestionMarker);
        }

        if (exclamations)
        {
            builder.Append(' ').Append(ExclamationMarker);
        }

        if (capitals)
        {
            builder.Append(' ').Append(CapitalsMarker);
        }

        if (lexicons is not null)
        {
            foreach (var marker in lexicons.Find(text))
            {
                builder.Append(' ').Append(marker);
            }
        }

        return builder.ToString();
    }

    private static char SupplementaryStandIn(int codePoint) => (char)(SupplementaryStandInFirst + (codePoint % SupplementaryStandInCount));
}
