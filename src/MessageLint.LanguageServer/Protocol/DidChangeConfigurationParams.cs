using System.Text.Json;

namespace MessageLint.LanguageServer.Protocol;

/// <summary>The parameters of workspace/didChangeConfiguration; the settings are free-form, so they stay JSON until read.</summary>
/// <param name="Settings">The settings object, either MessageLint's settings or an object holding them under "messagelint".</param>
public sealed record DidChangeConfigurationParams(JsonElement? Settings);
