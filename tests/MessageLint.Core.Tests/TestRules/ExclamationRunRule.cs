using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;

namespace MessageLint.Core.Tests.TestRules;

/// <summary>A tiny document rule for engine tests: flags runs of three or more exclamation marks.</summary>
public sealed class ExclamationRunRule : MessageRule
{
    public const string Id = "ML7902";

    public static RuleDescriptor Descriptor { get; } = new(
        Id,
        new LocalizedText("Shouting", "Крик"),
        new LocalizedText("Too many exclamation marks", "Слишком много восклицательных знаков"),
        Principle.RaiseProblemsDelicately,
        Severity.Info);

    public override IReadOnlyList<RuleDescriptor> SupportedDescriptors => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentContext context)
    {
        foreach (var sentence in context.Document.Sentences)
        {
            foreach (var token in sentence.Tokens)
            {
                if (token.Kind == TokenKind.Punctuation && token.Span.Length >= 3 && sentence.GetText(token).Count('!') >= 3)
                {
                    context.Report(Descriptor, token.Span, sentence.Language);
                }
            }
        }
    }
}
