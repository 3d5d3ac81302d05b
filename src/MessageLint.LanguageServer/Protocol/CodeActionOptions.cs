namespace MessageLint.LanguageServer.Protocol;

/// <summary>Which kinds of code actions the server offers, so clients can filter before asking.</summary>
/// <param name="CodeActionKinds">The kinds, e.g. quickfix.</param>
public sealed record CodeActionOptions(IReadOnlyList<string> CodeActionKinds);
