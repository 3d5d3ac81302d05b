namespace MessageLint.Core.Text;

/// <summary>Two-letter codes used in configuration, rule docs and reports.</summary>
public static class MessageLanguageExtensions
{
    /// <summary>The code written in reports: "ru", "en" or "other".</summary>
    public static string ToCode(this MessageLanguage language) => language switch
    {
        MessageLanguage.Russian => "ru",
        MessageLanguage.English => "en",
        _ => "other",
    };

    /// <summary>Parses "ru", "en" or "other" (case-insensitive); anything else is null.</summary>
    public static MessageLanguage? ParseCode(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        "RU" => MessageLanguage.Russian,
        "EN" => MessageLanguage.English,
        "OTHER" => MessageLanguage.Other,
        _ => null,
    };
}
