using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;

namespace MessageLint.Core.Tests.TestRules;

/// <summary>Sleeps a fixed time per draft, so a test can see that time is charged to the rule that spent it.</summary>
public sealed class SleepingRule : MessageRule
{
    public const string Id = "ML4904";

    public static readonly TimeSpan Nap = TimeSpan.FromMilliseconds(25);

    public static RuleDescriptor Descriptor { get; } = new(
        Id,
        new LocalizedText("Sleeps", "Спит"),
        new LocalizedText("Slept", "Поспало"),
        Principle.PredictableStatus,
        Severity.Warning);

    public override IReadOnlyList<RuleDescriptor> SupportedDescriptors => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(_ => Thread.Sleep(Nap));
}
