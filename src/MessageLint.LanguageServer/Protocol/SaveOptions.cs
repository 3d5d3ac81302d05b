namespace MessageLint.LanguageServer.Protocol;

/// <summary>Asks for didSave; the text is not needed because the server already follows every change.</summary>
/// <param name="IncludeText">Whether the client sends the text on save.</param>
public sealed record SaveOptions(bool IncludeText);
