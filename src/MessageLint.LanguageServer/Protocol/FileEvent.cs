namespace MessageLint.LanguageServer.Protocol;

/// <summary>One watched file that changed.</summary>
/// <param name="Uri">The file.</param>
/// <param name="Type">1 created, 2 changed, 3 deleted.</param>
public sealed record FileEvent(string Uri, int Type);
