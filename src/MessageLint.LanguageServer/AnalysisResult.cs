using MessageLint.Core.Text;

namespace MessageLint.LanguageServer;

/// <summary>The outcome of checking one version of a document: what to publish, and the text and line map it refers to.</summary>
/// <param name="Snapshot">The checked version.</param>
/// <param name="Lines">The line map of that version's text.</param>
/// <param name="Diagnostics">The diagnostics to publish, in text order.</param>
internal sealed record AnalysisResult(DocumentSnapshot Snapshot, LineMap Lines, IReadOnlyList<PublishedDiagnostic> Diagnostics);
