using MessageLint.Core.Diagnostics;

namespace MessageLint.Core.Engine;

/// <summary>Collects one analysis's diagnostics; one per call, so the engine stays thread-safe.</summary>
internal sealed class DiagnosticCollector
{
    public List<Diagnostic> Items { get; } = [];

    public void Add(Diagnostic diagnostic) => Items.Add(diagnostic);
}
