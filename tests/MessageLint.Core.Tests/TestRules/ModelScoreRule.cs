using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;

namespace MessageLint.Core.Tests.TestRules;

/// <summary>Reports every sentence whose "complaint" score is at least 0.5, with the score as confidence: proves scores reach rules.</summary>
public sealed class ModelScoreRule : MessageRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "ML3901",
        new LocalizedText("Model says complaint", "Модель видит жалобу"),
        new LocalizedText("Complaint", "Жалоба"),
        Principle.NoBadmouthing,
        Severity.Warning);

    public override IReadOnlyList<RuleDescriptor> SupportedDescriptors => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterSentenceAction(context =>
    {
        if (context.Scores?.Get("complaint") is { } score && score >= 0.5f)
        {
            context.ReportAt(Descriptor, 0, context.Sentence.Span.Length, evidence: [new Evidence("model", "complaint", score)], confidence: score);
        }
    });
}
