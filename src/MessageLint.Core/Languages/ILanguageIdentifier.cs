using MessageLint.Core.Text;

namespace MessageLint.Core.Languages;

/// <summary>Tells Russian, English and other languages apart for one sentence.</summary>
public interface ILanguageIdentifier
{
    /// <summary>The language of the text, or <see cref="MessageLanguage.Other"/> when it is neither or has no letters.</summary>
    MessageLanguage Identify(ReadOnlySpan<char> text);
}
