namespace MessageLint.Cli.Tests.Support;

/// <summary>Drafts used across CLI tests, with what the built-in rules say about them.</summary>
public static class Drafts
{
    /// <summary>Fires ML7001 twice: a reproach and "!!!".</summary>
    public const string Blunt = "Как я уже писал, макет готов.\nПришлите тексты!!!\n";

    /// <summary>Fires nothing.</summary>
    public const string Clean = "Макет главной готов. Пришлю ссылку завтра до 12:00.\n";

    /// <summary>Fires ML7001 once, in English.</summary>
    public const string BluntEnglish = "As I already said, the mockups are ready.\n";
}
