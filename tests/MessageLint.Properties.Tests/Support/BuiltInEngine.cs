using MessageLint.Classifier;
using MessageLint.Core.Classification;
using MessageLint.Core.Engine;
using MessageLint.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace MessageLint.Properties.Tests.Support;

/// <summary>The engine as the CLI builds it from the built-in rules, with and without the embedded sentence model; shared because it is thread-safe and costly to build.</summary>
internal static class BuiltInEngine
{
    /// <summary>Heuristics only (<c>--no-ml</c>): fast, so most properties use it.</summary>
    public static LintEngine Instance { get; } = new ServiceCollection().AddBuiltInRules().BuildServiceProvider().GetRequiredService<LintEngine>();

    /// <summary>The default engine of <c>check</c>: rules combine their word lists with the model's scores.</summary>
    public static LintEngine WithModel { get; } = new ServiceCollection()
        .AddSingleton<ISentenceClassifier>(SentenceClassifier.Embedded)
        .AddBuiltInRules()
        .BuildServiceProvider()
        .GetRequiredService<LintEngine>();
}
