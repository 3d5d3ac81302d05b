using System.Text.Json;

namespace MessageLint.LanguageServer.Protocol;

/// <summary>The parts of initialize's parameters the server reads.</summary>
/// <param name="ProcessId">The client's process ID, if any.</param>
/// <param name="RootUri">The workspace root, used to find a configuration for documents that are not files.</param>
/// <param name="InitializationOptions">MessageLint settings from the client.</param>
/// <param name="Capabilities">The client's capabilities, read only for whether it can watch files for the server.</param>
public sealed record InitializeParams(int? ProcessId, string? RootUri, JsonElement? InitializationOptions, JsonElement? Capabilities = null);
