using System.Collections.Concurrent;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;

namespace MessageLint.Testing;

/// <summary>
/// Records which thread checked each draft, spinning a little on each one so that a parallel loop would hand drafts
/// to other threads: shows whether a batch was checked on one thread (the engine's and the audit pipeline's tests).
/// </summary>
public sealed class ThreadRecordingRule : MessageRule
{
    public const string Id = "ML4904";

    public static RuleDescriptor Descriptor { get; } = new(
        Id,
        new LocalizedText("Records threads", "Записывает потоки"),
        new LocalizedText("Recorded", "Записано"),
        Principle.PredictableStatus,
        Severity.Warning);

    /// <summary>The thread that checked each draft, by the draft's text.</summary>
    public ConcurrentDictionary<string, int> ThreadByText { get; } = new(StringComparer.Ordinal);

    public override IReadOnlyList<RuleDescriptor> SupportedDescriptors => [Descriptor];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(document =>
        {
            Thread.SpinWait(200_000);
            ThreadByText[document.Document.Text] = Environment.CurrentManagedThreadId;
        });
    }
}
