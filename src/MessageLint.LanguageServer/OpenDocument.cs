using MessageLint.Core.Text;

namespace MessageLint.LanguageServer;

/// <summary>
/// The server's copy of an open document. Its text changes only through didChange, under
/// <see cref="Gate"/>, so analyses read consistent snapshots while edits keep arriving.
/// </summary>
internal sealed class OpenDocument
{
    public OpenDocument(string uri, DocumentFormat format, int version, string text)
    {
        Uri = uri;
        Format = format;
        Version = version;
        Text = text;
        LocalPath = DocumentKinds.LocalPathOf(uri);
    }

    /// <summary>Guards every mutable member.</summary>
    public Lock Gate { get; } = new();

    public string Uri { get; }

    public DocumentFormat Format { get; }

    public string? LocalPath { get; }

    public int Version { get; set; }

    public string Text { get; set; }

    /// <summary>False once didClose arrived; late analyses then publish nothing.</summary>
    public bool IsOpen { get; set; } = true;

    /// <summary>Cancels the debounced publish that is waiting, when a newer change arrives.</summary>
    public CancellationTokenSource? PendingPublish { get; set; }

    /// <summary>The latest analysis started for this document.</summary>
    public CachedAnalysis? Analysis { get; set; }

    /// <summary>The current version's text; call under <see cref="Gate"/>.</summary>
    public DocumentSnapshot Snapshot() => new(Uri, Version, Text, Format, LocalPath);
}
