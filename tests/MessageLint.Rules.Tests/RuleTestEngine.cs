using MessageLint.Classifier;
using MessageLint.Core.Classification;
using MessageLint.Core.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace MessageLint.Rules.Tests;

/// <summary>The engines rule tests run: every built-in rule on heuristics only, and with the embedded model as the CLI runs by default.</summary>
public static class RuleTestEngine
{
    public static LintEngine Instance { get; } = new ServiceCollection()
        .AddBuiltInRules()
        .BuildServiceProvider()
        .GetRequiredService<LintEngine>();

    public static LintEngine WithModel { get; } = new ServiceCollection()
        .AddSingleton<ISentenceClassifier>(SentenceClassifier.Embedded)
        .AddBuiltInRules()
        .BuildServiceProvider()
        .GetRequiredService<LintEngine>();
}
