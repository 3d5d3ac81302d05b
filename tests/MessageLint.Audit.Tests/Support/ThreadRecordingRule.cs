using System.Collections.Concurrent;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;

namespace MessageLint.Audit.Tests.Support;

/// <summary>
/// Records which thread checked each message, taking a millisecond per message so that a parallel loop would
/// hand messages to other threads: shows how the pipeline spreads its batches over the cores.
/// </summary>
public sealed class ThreadRecordingRule : MessageRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "ML4905",
        new LocalizedText("Records threads", "Записывает потоки"),
        new LocalizedText("Recorded", "Записано"),
        Principle.PredictableStatus,
        Severity.Warning);

    /// <summary>The thread that checked each message, by the message's text.</summary>
    public ConcurrentDictionary<string, int> ThreadByText { get; } = new(StringComparer.Ordinal);

    public override IReadOnlyList<RuleDescriptor> SupportedDescriptors => [Descriptor];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(document =>
        {
            Thread.Sleep(1);
            ThreadByText[document.Document.Text] = Environment.CurrentManagedThreadId;
        });
    }
}
