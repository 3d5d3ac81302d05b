using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;

namespace MessageLint.Core.Tests.TestRules;

/// <summary>A rule that only declares descriptors, for tests of registration and ID checks.</summary>
public sealed class DescriptorOnlyRule(params RuleDescriptor[] descriptors) : MessageRule
{
    public override IReadOnlyList<RuleDescriptor> SupportedDescriptors => descriptors;

    public override void Initialize(RuleContext context)
    {
    }

    public static RuleDescriptor Create(string id, Severity severity = Severity.Warning, Principle principle = Principle.RecommendDontAsk)
        => new(id, new LocalizedText(id, id), new LocalizedText(id, id), principle, severity);
}
