namespace MessageLint.Core.Text;

/// <summary>The language of a sentence as far as the rules care: Russian, English or anything else.</summary>
public enum MessageLanguage
{
    /// <summary>Any other language, including other Cyrillic ones, or too little text to tell.</summary>
    Other,

    /// <summary>Russian.</summary>
    Russian,

    /// <summary>English.</summary>
    English,
}
