using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;

namespace MessageLint.Core.Tests.TestRules;

/// <summary>
/// Stands in for an editor whose text changes mid-check: on the sentence "STOP." it cancels the check's
/// token, or, given no source, throws <see cref="OperationCanceledException"/> of its own as a rule with
/// a private time limit might. It counts the sentences it saw and whether each carried the check's token.
/// </summary>
public sealed class CancellingRule(CancellationTokenSource? source) : MessageRule
{
    public const string Id = "ML4905";

    private int _sentences;
    private int _withToken;

    public static RuleDescriptor Descriptor { get; } = new(
        Id,
        new LocalizedText("Cancels", "Отменяет"),
        new LocalizedText("Cancelled", "Отменено"),
        Principle.PredictableStatus,
        Severity.Warning);

    public int Sentences => Volatile.Read(ref _sentences);

    public int SentencesWithToken => Volatile.Read(ref _withToken);

    public override IReadOnlyList<RuleDescriptor> SupportedDescriptors => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterSentenceAction(sentence =>
    {
        Interlocked.Increment(ref _sentences);
        if (source is not null && sentence.CancellationToken == source.Token)
        {
            Interlocked.Increment(ref _withToken);
        }

        if (sentence.Sentence.Prose.StartsWith("STOP", StringComparison.Ordinal))
        {
            if (source is null)
            {
                throw new OperationCanceledException("a time limit of the rule's own");
            }

            source.Cancel();
        }
    });
}
