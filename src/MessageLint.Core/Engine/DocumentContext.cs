using MessageLint.Core.Diagnostics;
using MessageLint.Core.Text;

namespace MessageLint.Core.Engine;

/// <summary>The context of a per-document callback.</summary>
public sealed class DocumentContext : AnalysisContext
{
    internal DocumentContext(MessageDocument document, LintSettings settings, DiagnosticCollector collector, IReadOnlySet<RuleDescriptor> allowed, SentenceScoreView scores, CancellationToken cancellationToken)
        : base(document, settings, collector, allowed, scores, cancellationToken)
    {
    }
}
