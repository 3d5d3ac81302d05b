using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;

namespace MessageLint.SampleRulePack;

/// <summary>A deliberately silly third-party rule: flags the word "banana", so tests can tell it loaded.</summary>
public sealed class ML9001BananaRule : MessageRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "ML9001",
        new LocalizedText("Banana mentioned", "Упомянут банан"),
        new LocalizedText("A banana in a client message", "Банан в сообщении клиенту"),
        Principle.RaiseProblemsDelicately,
        Severity.Warning);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedDescriptors => [Descriptor];

    /// <inheritdoc />
    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterSentenceAction(sentence =>
        {
            var index = sentence.Sentence.Prose.IndexOf("banana", StringComparison.OrdinalIgnoreCase);
            if (index >= 0)
            {
                sentence.ReportAt(Descriptor, index, "banana".Length);
            }
        });
    }
}
