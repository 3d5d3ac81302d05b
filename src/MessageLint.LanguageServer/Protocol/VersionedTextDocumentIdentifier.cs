namespace MessageLint.LanguageServer.Protocol;

/// <summary>Names a document and the version a change produces, so diagnostics can say which text they describe.</summary>
/// <param name="Uri">The document URI.</param>
/// <param name="Version">The version after the change.</param>
public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);
