using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;

namespace MessageLint.Core.Tests.TestRules;

/// <summary>A tiny sentence rule for engine tests: flags "asap" and "срочно", which pressure a client.</summary>
public sealed class UrgentWordRule : MessageRule
{
    public const string Id = "ML7901";

    public static RuleDescriptor Descriptor { get; } = new(
        Id,
        new LocalizedText("Urgency pressure", "Давление срочностью"),
        new LocalizedText("'{0}' pressures the client", "«{0}» давит на клиента"),
        Principle.RaiseProblemsDelicately,
        Severity.Warning);

    public override IReadOnlyList<RuleDescriptor> SupportedDescriptors => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterSentenceAction(Analyze);

    private static void Analyze(SentenceContext context)
    {
        var sentence = context.Sentence;
        foreach (var token in sentence.Tokens)
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            var text = sentence.GetText(token);
            if (text.Equals("asap", StringComparison.OrdinalIgnoreCase) || text.Equals("срочно", StringComparison.OrdinalIgnoreCase))
            {
                context.ReportAt(Descriptor, token.Span.Start - sentence.Span.Start, token.Span.Length, [text.ToString()]);
            }
        }
    }
}
