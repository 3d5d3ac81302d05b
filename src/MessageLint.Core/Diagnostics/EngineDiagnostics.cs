namespace MessageLint.Core.Diagnostics;

/// <summary>Descriptors of the engine's own diagnostics (ML0xxx): configuration, input and suppression problems.</summary>
public static class EngineDiagnostics
{
    private const string Help = RuleDescriptor.HelpBaseUri + "engine-diagnostics.md#";

    /// <summary>The configuration file is not valid JSON.</summary>
    public static RuleDescriptor InvalidConfigurationSyntax { get; } = Create(
        "ML0001", "Configuration is not valid JSON", "Конфигурация — не корректный JSON", "{0}", "{0}", Severity.Error);

    /// <summary>A configuration setting is unknown or has a wrong value.</summary>
    public static RuleDescriptor InvalidConfigurationSetting { get; } = Create(
        "ML0002", "Invalid configuration setting", "Неверная настройка", "{0}", "{0}", Severity.Error);

    /// <summary>An input could not be read.</summary>
    public static RuleDescriptor UnreadableInput { get; } = Create(
        "ML0003", "Input cannot be read", "Не удалось прочитать ввод", "{0}", "{0}", Severity.Error);

    /// <summary>An input is not text MessageLint can check (binary, invalid UTF-8, empty, too large).</summary>
    public static RuleDescriptor UnsupportedInput { get; } = Create(
        "ML0004", "Input is not a checkable draft", "Ввод нельзя проверить", "{0}", "{0}", Severity.Error);

    /// <summary>A rule assembly could not be loaded.</summary>
    public static RuleDescriptor RuleAssemblyLoadFailed { get; } = Create(
        "ML0005", "Rule assembly cannot be loaded", "Не удалось загрузить сборку правил", "{0}", "{0}", Severity.Error);

    /// <summary>A rule threw while analysing a draft; the other rules' results stand.</summary>
    public static RuleDescriptor RuleFailed { get; } = Create(
        "ML0006", "A rule failed", "Правило завершилось с ошибкой", "Rule {0} failed on this draft: {1}", "Правило {0} завершилось с ошибкой на этом тексте: {1}", Severity.Error);

    /// <summary>An inline suppression silences nothing.</summary>
    public static RuleDescriptor UnusedSuppression { get; } = Create(
        "ML0100", "Unused suppression", "Лишнее подавление", "Suppression of {0} is not needed: nothing here was reported", "Подавление {0} не нужно: здесь ничего не найдено", Severity.Info);

    /// <summary>An inline suppression names a rule that does not exist.</summary>
    public static RuleDescriptor UnknownRuleInSuppression { get; } = Create(
        "ML0101", "Suppression names an unknown rule", "Подавление неизвестного правила", "Suppression names unknown rule {0}", "Подавление называет неизвестное правило {0}", Severity.Warning);

    /// <summary>All engine descriptors.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        InvalidConfigurationSyntax, InvalidConfigurationSetting, UnreadableInput, UnsupportedInput,
        RuleAssemblyLoadFailed, RuleFailed, UnusedSuppression, UnknownRuleInSuppression,
    ];

    private static RuleDescriptor Create(string id, string title, string titleRu, string message, string messageRu, Severity severity)
        => new(id, new LocalizedText(title, titleRu), new LocalizedText(message, messageRu), Principle.Engine, severity, helpUri: Help + id.ToLowerInvariant());
}
