namespace MessageLint.LanguageServer;

/// <summary>Error codes the protocol defines beyond JSON-RPC's own, for requests the server must refuse.</summary>
internal static class LspErrorCodes
{
    /// <summary>A request arrived before initialize.</summary>
    public const int ServerNotInitialized = -32002;

    /// <summary>A request arrived after shutdown.</summary>
    public const int InvalidRequest = -32600;

    /// <summary>The document changed while the request was being worked out, so its answer would be about an older text.</summary>
    public const int ContentModified = -32801;

    /// <summary>A request whose params lack a field the method needs.</summary>
    public const int InvalidParams = -32602;
}
