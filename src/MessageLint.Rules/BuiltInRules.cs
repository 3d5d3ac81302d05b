using MessageLint.Core;
using MessageLint.Rules.Principle1;
using MessageLint.Rules.Principle2;
using MessageLint.Rules.Principle3;
using MessageLint.Rules.Principle4;
using MessageLint.Rules.Principle5;
using MessageLint.Rules.Principle6;
using MessageLint.Rules.Principle7;
using Microsoft.Extensions.DependencyInjection;

namespace MessageLint.Rules;

/// <summary>Registers MessageLint's built-in rules.</summary>
public static class BuiltInRules
{
    /// <summary>Adds the engine and every built-in rule.</summary>
    public static IServiceCollection AddBuiltInRules(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services
            .AddMessageLint()
            .AddRule<ML1001AcceptsWithoutQuestions>()
            .AddRule<ML1002RoutesThroughMiddleman>()
            .AddRule<ML2001BlindCompliance>()
            .AddRule<ML3001SpeakingBadlyOfClients>()
            .AddRule<ML4001VagueStatus>()
            .AddRule<ML4002SilentRework>()
            .AddRule<ML5001AskingClientToDecide>()
            .AddRule<ML5002OptionsWithoutRecommendation>()
            .AddRule<ML6001ReproachInsteadOfRules>()
            .AddRule<ML6002KickoffWithoutRules>()
            .AddRule<ML7001BluntOrBlaming>()
            .AddRule<ML7002UnsolicitedCritique>()
            .AddRule<ML7003BuriedProblem>();
    }
}
