namespace MessageLint.LanguageServer.Protocol;

/// <summary>One capability the server asks the client to turn on after initialize.</summary>
/// <param name="Id">An ID the client can unregister it by.</param>
/// <param name="Method">The method it enables.</param>
/// <param name="RegisterOptions">The method's options.</param>
public sealed record Registration(string Id, string Method, DidChangeWatchedFilesRegistrationOptions RegisterOptions);
