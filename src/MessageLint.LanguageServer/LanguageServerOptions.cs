using MessageLint.Core.Engine;

namespace MessageLint.LanguageServer;

/// <summary>
/// What a server needs from its host: the engine (built once, shared by every document), how long
/// to wait after the last keystroke before checking, and where logs go — never stdout, which
/// carries the protocol.
/// </summary>
public sealed record LanguageServerOptions
{
    /// <summary>The default pause after the last change before diagnostics are computed and sent.</summary>
    public static readonly TimeSpan DefaultDebounceDelay = TimeSpan.FromMilliseconds(150);

    /// <summary>The engine that checks every document.</summary>
    public required LintEngine Engine { get; init; }

    /// <summary>How long to wait after the last change; zero checks at once, which tests and benchmarks use.</summary>
    public TimeSpan DebounceDelay { get; init; } = DefaultDebounceDelay;

    /// <summary>The clock the debounce waits on; tests pass a fake one to step through typing without sleeping.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Where the server writes its log lines.</summary>
    public TextWriter Log { get; init; } = TextWriter.Null;

    /// <summary>The version reported in serverInfo.</summary>
    public string? Version { get; init; }
}
