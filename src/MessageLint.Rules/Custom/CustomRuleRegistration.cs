using MessageLint.Core.Configuration;
using MessageLint.Core.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace MessageLint.Rules.Custom;

/// <summary>Adds the custom phrase rules of the configurations in use to an engine's services.</summary>
public static class CustomRuleRegistration
{
    /// <summary>
    /// Registers one rule per custom rule ID; when configurations define the same ID, each draft
    /// still uses its own configuration's pattern, and the first definition gives the ID its principle.
    /// </summary>
    public static IServiceCollection AddCustomRules(this IServiceCollection services, IEnumerable<CustomRuleDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(definitions);
        foreach (var definition in definitions.DistinctBy(d => d.Id, StringComparer.OrdinalIgnoreCase))
        {
            services.AddSingleton<MessageRule>(new CustomPhraseRule(definition));
        }

        return services;
    }
}
