using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;

namespace MessageLint.Core.Tests.TestRules;

/// <summary>Reports a descriptor it did not declare, which the engine must refuse.</summary>
public sealed class UndeclaredDescriptorRule : MessageRule
{
    public static RuleDescriptor Declared { get; } = new(
        "ML4902",
        new LocalizedText("Declared", "Объявлено"),
        new LocalizedText("Declared", "Объявлено"),
        Principle.PredictableStatus,
        Severity.Warning);

    public override IReadOnlyList<RuleDescriptor> SupportedDescriptors => [Declared];

    public override void Initialize(RuleContext context)
        => context.RegisterDocumentAction(context => context.Report(UrgentWordRule.Descriptor, new TextSpan(0, 1), MessageLanguage.English));
}
