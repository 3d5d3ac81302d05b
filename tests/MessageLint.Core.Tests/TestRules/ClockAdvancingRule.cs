using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;

namespace MessageLint.Core.Tests.TestRules;

/// <summary>Moves a stepping clock a fixed step per draft, so a test can see time charged to the rule that spent it.</summary>
public sealed class ClockAdvancingRule(SteppingClock clock) : MessageRule
{
    public const string Id = "ML4904";

    public static readonly TimeSpan Step = TimeSpan.FromMilliseconds(25);

    public static RuleDescriptor Descriptor { get; } = new(
        Id,
        new LocalizedText("Advances the clock", "Двигает часы"),
        new LocalizedText("Advanced", "Сдвинуло"),
        Principle.PredictableStatus,
        Severity.Warning);

    public override IReadOnlyList<RuleDescriptor> SupportedDescriptors => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(_ => clock.Advance(Step));
}
