namespace MessageLint.LanguageServer.Protocol;

/// <summary>A link to the rule's documentation, which editors show on the diagnostic's code.</summary>
/// <param name="Href">The URL.</param>
public sealed record CodeDescription(string Href);
