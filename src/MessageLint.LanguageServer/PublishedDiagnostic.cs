using MessageLint.Core.Diagnostics;
using MessageLint.LanguageServer.Protocol;

namespace MessageLint.LanguageServer;

/// <summary>A diagnostic as sent to the editor, kept with the finding it came from so code actions and hovers can use its suggestions.</summary>
/// <param name="Source">The engine's finding, or null for a configuration problem.</param>
/// <param name="Lsp">What the editor was sent.</param>
internal sealed record PublishedDiagnostic(Diagnostic? Source, LspDiagnostic Lsp);
