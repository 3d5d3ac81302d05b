using MessageLint.Core.Engine;
using MessageLint.Core.Tests.TestRules;
using MessageLint.Core.Text;
using Microsoft.Extensions.DependencyInjection;

namespace MessageLint.Core.Tests.Engine;

public sealed class ServiceCollectionTests
{
    [Fact]
    public void Add_message_lint_with_a_rule_resolves_an_engine_that_runs_the_rule()
    {
        using var provider = new ServiceCollection().AddMessageLint().AddRule<UrgentWordRule>().BuildServiceProvider();

        var engine = provider.GetRequiredService<LintEngine>();

        Assert.IsType<UrgentWordRule>(Assert.Single(engine.Rules));
        Assert.Equal(UrgentWordRule.Id, Assert.Single(engine.Analyze(MessageDocument.Parse("Need it asap.")).Diagnostics).Id);
    }

    [Fact]
    public void The_engine_is_a_singleton_and_a_rule_added_twice_is_registered_once()
    {
        var services = new ServiceCollection().AddMessageLint().AddMessageLint();
        services.AddRule<UrgentWordRule>().AddRule<UrgentWordRule>().AddRule<ExclamationRunRule>();
        using var provider = services.BuildServiceProvider();

        var engine = provider.GetRequiredService<LintEngine>();

        Assert.Same(engine, provider.GetRequiredService<LintEngine>());
        Assert.Equal(2, engine.Rules.Count);
    }

    [Fact]
    public void Rules_from_an_assembly_are_found_by_type()
    {
        var services = new ServiceCollection().AddRulesFrom(typeof(UrgentWordRule).Assembly);

        Assert.Contains(services, d => d.ServiceType == typeof(MessageRule) && d.ImplementationType == typeof(UrgentWordRule));
        Assert.Contains(services, d => d.ImplementationType == typeof(ExclamationRunRule));
    }
}
