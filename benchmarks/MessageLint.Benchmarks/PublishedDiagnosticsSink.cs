using System.Collections.Concurrent;
using System.Text.Json;
using StreamJsonRpc;

namespace MessageLint.Benchmarks;

/// <summary>The benchmark client's side of publishDiagnostics: completes the wait for a given document version.</summary>
public sealed class PublishedDiagnosticsSink
{
    private readonly ConcurrentDictionary<int, TaskCompletionSource<int>> _waiting = new();

    /// <summary>A task that completes with the number of diagnostics when that version's diagnostics arrive.</summary>
    public Task<int> Expect(int version) =>
        _waiting.GetOrAdd(version, _ => new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>Called by the server.</summary>
    [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
    public void Publish(JsonElement parameters)
    {
        if (parameters.TryGetProperty("version", out var version)
            && _waiting.TryRemove(version.GetInt32(), out var waiting))
        {
            waiting.TrySetResult(parameters.GetProperty("diagnostics").GetArrayLength());
        }
    }
}
