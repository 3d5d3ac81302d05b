using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;

namespace MessageLint.LanguageServer.Tests.Support;

/// <summary>
/// A rule that holds up the analysis of any draft containing "BLOCK" until the test releases it or the
/// server stops that analysis, so a request waiting for it can be cancelled deterministically and a test
/// can see whether the server stopped a check it no longer needs.
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
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override IReadOnlyList<RuleDescriptor> SupportedDescriptors { get; } = [Descriptor];

    /// <summary>Completes when an analysis is held.</summary>
    public Task Entered => _entered.Task;

    /// <summary>Completes when the server cancelled a held analysis.</summary>
    public Task Stopped => _stopped.Task;

    public void Release() => _release.Set();

    public void Dispose() => _release.Dispose();

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(document =>
    {
        if (document.Document.Text.Contains("BLOCK", StringComparison.Ordinal))
        {
            _entered.TrySetResult();
            try
            {
                _release.Wait(LspTestClient.Timeout, document.CancellationToken);
            }
            catch (OperationCanceledException)
            {
                _stopped.TrySetResult();
                throw;
            }
        }
    });
}
