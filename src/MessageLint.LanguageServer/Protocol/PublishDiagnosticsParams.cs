namespace MessageLint.LanguageServer.Protocol;

/// <summary>The parameters of textDocument/publishDiagnostics; they replace all earlier diagnostics of the document.</summary>
/// <param name="Uri">The document.</param>
/// <param name="Version">The version the diagnostics describe, or null after the document is closed.</param>
/// <param name="Diagnostics">The diagnostics.</param>
public sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<LspDiagnostic> Diagnostics);
