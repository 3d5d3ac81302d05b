namespace MessageLint.LanguageServer.Protocol;

/// <summary>The parameters of client/registerCapability.</summary>
/// <param name="Registrations">The capabilities to turn on.</param>
public sealed record RegistrationParams(IReadOnlyList<Registration> Registrations);
