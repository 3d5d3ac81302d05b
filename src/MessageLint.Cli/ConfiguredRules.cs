using MessageLint.Core.Configuration;

namespace MessageLint.Cli;

/// <summary>
/// The rules a configuration brings — rule assemblies and custom phrase rules — read before the
/// engine exists (their IDs are checked once it does), so every command that builds an engine from
/// one configuration (audit, merge) checks with the same rules as <c>check</c>.
/// </summary>
public sealed record ConfiguredRules(IReadOnlyList<string> RuleAssemblies, IReadOnlyList<CustomRuleDefinition> CustomRules)
{
    /// <summary>The rules of the configuration at <paramref name="configPath"/>, or none when it is null or unreadable (its errors are reported once the engine checks it).</summary>
    public static ConfiguredRules Read(string? configPath)
    {
        if (configPath is null || ConfigurationLoader.Load(configPath).Configuration is not { } configuration)
        {
            return new ConfiguredRules([], []);
        }

        return new ConfiguredRules([.. configuration.RuleAssemblies], [.. configuration.CustomRules.Values]);
    }
}
