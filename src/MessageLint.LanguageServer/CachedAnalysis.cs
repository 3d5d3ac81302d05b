namespace MessageLint.LanguageServer;

/// <summary>An analysis started for one version under one generation of settings; requests and the debounced publish share it.</summary>
/// <param name="Version">The document version.</param>
/// <param name="Generation">The settings generation.</param>
/// <param name="Task">The running or finished analysis.</param>
/// <param name="Cancellation">Stops the analysis once a newer text, new settings or a close make it useless.</param>
internal sealed record CachedAnalysis(int Version, int Generation, Task<AnalysisResult> Task, CancellationTokenSource Cancellation)
{
    /// <summary>Stops the analysis if it is still running; call under the document's gate.</summary>
    public void Supersede()
    {
        if (!Task.IsCompleted)
        {
            Cancellation.Cancel();
        }
    }
}
