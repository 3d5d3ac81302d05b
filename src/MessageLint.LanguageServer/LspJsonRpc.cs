using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace MessageLint.LanguageServer;

/// <summary>
/// StreamJsonRpc's connection with LSP's error codes: parameters that cannot be read are "invalid
/// params" (-32602) rather than a generic invocation error, and an internal failure is reported by
/// its message only — a .NET stack trace means nothing to an editor and stays in the server's log.
/// </summary>
internal sealed class LspJsonRpc : JsonRpc
{
    public LspJsonRpc(IJsonRpcMessageHandler handler)
        : base(handler)
    {
    }

    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            LocalRpcException => base.CreateErrorDetails(request, exception),
            JsonException or RpcArgumentDeserializationException => new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.InvalidParams, Message = "Invalid params: " + exception.Message },
            _ => new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.InternalError, Message = "Internal error: " + exception.Message },
        };
    }
}
