using System.Text.Json;

namespace MessageLint.LanguageServer.Protocol;

/// <summary>
/// What the client knows at the cursor. Its diagnostics stay JSON because other servers' diagnostics
/// may ride along with numeric codes; the server answers from its own analysis instead.
/// </summary>
/// <param name="Diagnostics">The client's diagnostics in the range.</param>
/// <param name="Only">The requested action kinds, or null for all.</param>
public sealed record CodeActionContext(JsonElement? Diagnostics, IReadOnlyList<string>? Only);
