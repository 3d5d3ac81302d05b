using MessageLint.Core.Text;

namespace MessageLint.Core.Diagnostics;

/// <summary>A text in English and Russian; other languages read the English.</summary>
public sealed record LocalizedText(string English, string Russian)
{
    /// <summary>The text for a language.</summary>
    public string Get(MessageLanguage language) => language == MessageLanguage.Russian ? Russian : English;
}
