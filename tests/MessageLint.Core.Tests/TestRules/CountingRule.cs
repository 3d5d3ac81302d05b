using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;

namespace MessageLint.Core.Tests.TestRules;

/// <summary>Counts how often the engine calls it, to show that disabled rules do not run.</summary>
public sealed class CountingRule : MessageRule
{
    public const string Id = "ML4903";

    private int _calls;

    public static RuleDescriptor Descriptor { get; } = new(
        Id,
        new LocalizedText("Counts", "Считает"),
        new LocalizedText("Counted", "Посчитано"),
        Principle.PredictableStatus,
        Severity.Warning);

    public int Calls => Volatile.Read(ref _calls);

    public override IReadOnlyList<RuleDescriptor> SupportedDescriptors => [Descriptor];

    public override void Initialize(RuleContext context)
    {
        context.RegisterSentenceAction(_ => Interlocked.Increment(ref _calls));
        context.RegisterDocumentAction(_ => Interlocked.Increment(ref _calls));
    }
}
