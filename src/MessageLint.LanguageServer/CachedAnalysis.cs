namespace MessageLint.LanguageServer;

/// <summary>An analysis started for one version under one generation of settings; requests and the debounced publish share it.</summary>
/// <param name="Version">The document version.</param>
/// <param name="Generation">The settings generation.</param>
/// <param name="Task">The running or finished analysis.</param>
internal sealed record CachedAnalysis(int Version, int Generation, Task<AnalysisResult> Task);
