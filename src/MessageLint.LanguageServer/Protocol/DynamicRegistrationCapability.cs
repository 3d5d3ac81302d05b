namespace MessageLint.LanguageServer.Protocol;

/// <summary>A capability the server may turn on after initialize through client/registerCapability.</summary>
/// <param name="DynamicRegistration">True when the client accepts the registration.</param>
public sealed record DynamicRegistrationCapability(bool? DynamicRegistration);
