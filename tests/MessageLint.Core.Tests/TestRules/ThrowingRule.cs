using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;

namespace MessageLint.Core.Tests.TestRules;

/// <summary>Reports once and then throws, as a buggy rule would.</summary>
public sealed class ThrowingRule : MessageRule
{
    public const string Id = "ML4901";

    public static RuleDescriptor Descriptor { get; } = new(
        Id,
        new LocalizedText("Throws", "Падает"),
        new LocalizedText("Reported before failing", "Найдено перед сбоем"),
        Principle.PredictableStatus,
        Severity.Warning);

    public override IReadOnlyList<RuleDescriptor> SupportedDescriptors => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(context =>
    {
        context.Report(Descriptor, new TextSpan(0, 1), MessageLanguage.English);
        throw new InvalidOperationException("boom");
    });
}
