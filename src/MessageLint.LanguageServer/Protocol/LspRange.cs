namespace MessageLint.LanguageServer.Protocol;

/// <summary>A half-open range in a text document; named apart from <see cref="System.Range"/>.</summary>
/// <param name="Start">The first position.</param>
/// <param name="End">The position after the last character.</param>
public sealed record LspRange(Position Start, Position End);
