using MessageLint.Core.Diagnostics;
using MessageLint.Core.Scoring;
using MessageLint.Core.Text;

namespace MessageLint.Core.Engine;

/// <summary>The result of checking one draft: the draft, its diagnostics in text order (suppressed ones included) and its score.</summary>
public sealed class MessageReport
{
    /// <summary>Creates a report.</summary>
    public MessageReport(MessageDocument document, IReadOnlyList<Diagnostic> diagnostics, MessageScore score)
    {
        Document = document;
        Diagnostics = diagnostics;
        Score = score;
    }

    /// <summary>The draft.</summary>
    public MessageDocument Document { get; }

    /// <summary>All diagnostics, including suppressed ones, ordered by position then ID.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The draft's score.</summary>
    public MessageScore Score { get; }

    /// <summary>The diagnostics a user should see: those not suppressed and not hidden.</summary>
    public IEnumerable<Diagnostic> Visible => Diagnostics.Where(d => !d.IsSuppressed && d.Severity > Severity.Hidden);

    /// <summary>True when a visible diagnostic is at or above the fail level.</summary>
    public bool Fails(Severity failOn) => failOn != Severity.None && Visible.Any(d => d.Severity >= failOn);
}
