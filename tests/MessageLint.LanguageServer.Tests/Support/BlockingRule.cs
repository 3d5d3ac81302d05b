using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;

namespace MessageLint.LanguageServer.Tests.Support;

/// <summary>
/// A rule that holds up the analysis of any draft containing "BLOCK" until the test releases it,
/// so a request waiting for that analysis can be cancelled deterministically.
/// </summary>
public sealed class BlockingRule : MessageRule, IDisposable
{
    private static readonly RuleDescriptor Descriptor = new(
        "ML9901",
        new LocalizedText("Blocks for tests", "Блокирует для тестов"),
        new LocalizedText("Blocked", "Заблокировано"),
        Principle.RaiseProblemsDelicately,
        Severity.Info);

    private readonly ManualResetEventSlim _release = new();
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override IReadOnlyList<RuleDescriptor> SupportedDescriptors { get; } = [Descriptor];

    /// <summary>Completes when an analysis is held.</summary>
    public Task Entered => _entered.Task;

    public void Release() => _release.Set();

    public void Dispose() => _release.Dispose();

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(document =>
    {
        if (document.Document.Text.Contains("BLOCK", StringComparison.Ordinal))
        {
            _entered.TrySetResult();
            _release.Wait(LspTestClient.Timeout);
        }
    });
}
