using MessageLint.Core.Engine;
using MessageLint.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace MessageLint.Properties.Tests.Support;

/// <summary>The engine exactly as the CLI builds it from the built-in rules, shared because it is thread-safe and costly to build.</summary>
internal static class BuiltInEngine
{
    public static LintEngine Instance { get; } = new ServiceCollection().AddBuiltInRules().BuildServiceProvider().GetRequiredService<LintEngine>();
}
