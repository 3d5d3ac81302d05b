using System.Text.Json;

namespace MessageLint.LanguageServer.Protocol;

/// <summary>The parts of initialize's parameters the server reads.</summary>
/// <param name="ProcessId">The client's process ID, if any.</param>
/// <param name="RootUri">The workspace root, used to find a configuration for documents that are not files.</param>
/// <param name="InitializationOptions">MessageLint settings from the client.</param>
/// <param name="Capabilities">
/// The client's capabilities, read only for whether it can watch files for the server. Typed rather than a
/// JsonElement: as a JsonElement, Neovim 0.7's capabilities failed to deserialize with a reader error past
/// the end of the message, and initialize failed.
/// </param>
public sealed record InitializeParams(int? ProcessId, string? RootUri, JsonElement? InitializationOptions, ClientCapabilities? Capabilities = null);
