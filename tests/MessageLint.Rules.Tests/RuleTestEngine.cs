using MessageLint.Core.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace MessageLint.Rules.Tests;

/// <summary>The engine with every built-in rule, built once for all rule tests, as the CLI builds it.</summary>
public static class RuleTestEngine
{
    public static LintEngine Instance { get; } = new ServiceCollection()
        .AddBuiltInRules()
        .BuildServiceProvider()
        .GetRequiredService<LintEngine>();
}
