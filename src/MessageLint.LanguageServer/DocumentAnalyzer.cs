using System.Text;
using MessageLint.Core.Configuration;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;
using MessageLint.LanguageServer.Protocol;

namespace MessageLint.LanguageServer;

/// <summary>
/// Checks one version of a document the way <c>messagelint check</c> checks a file: the nearest
/// <c>messagelint.json</c> with the rules it brings (custom rules, rule assemblies), editor settings
/// over it, then the engine. A configuration that cannot be used becomes one diagnostic at the top of
/// the document, as the CLI refuses to check such a file.
/// </summary>
internal sealed class DocumentAnalyzer
{
    private readonly ConfiguredEngineCache _engines;
    private readonly ConfigurationCache _configurations = new();

    public DocumentAnalyzer(LintEngine engine)
    {
        _engines = new ConfiguredEngineCache(engine);
    }

    /// <summary>
    /// Checks a snapshot; <paramref name="fallbackDirectory"/> (the workspace root) is searched for documents that
    /// are not files. Throws <see cref="OperationCanceledException"/> once a newer text makes the check useless.
    /// </summary>
    public AnalysisResult Analyze(DocumentSnapshot snapshot, EditorSettings editorSettings, string? fallbackDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(editorSettings);
        var lines = LineMap.Create(snapshot.Text);
        if (TooLarge(snapshot.Text, editorSettings.MaxDraftBytes) is { } size)
        {
            var refusal = $"The draft is {DraftSize.Format(size)}; drafts larger than {DraftSize.Format(editorSettings.MaxDraftBytes)} are not checked as you type (raise the maxSize setting if it really is one message).";
            return ProblemResult(snapshot, lines, EngineDiagnostics.UnsupportedInput, refusal, Severity.Warning);
        }

        var directory = snapshot.LocalPath is { } path ? Path.GetDirectoryName(path) : fallbackDirectory;
        var configurationPath = directory is null ? null : ConfigurationCache.Find(directory);
        var configuration = LintConfiguration.Empty;
        var engine = _engines.Server;
        if (configurationPath is not null)
        {
            // First without checking rule IDs, because the configuration's own rules may define them.
            var read = _configurations.Load(configurationPath);
            if (read.Configuration is null)
            {
                return ProblemResult(snapshot, lines, read.Errors);
            }

            engine = _engines.For(read.Configuration, configurationPath, editorSettings.LoadRuleAssemblies);
            if (engine.Problems.Count > 0)
            {
                return ProblemResult(snapshot, lines, engine.Problems);
            }

            var loaded = _configurations.Load(configurationPath, engine.KnownRuleIds);
            if (loaded.Configuration is null)
            {
                return ProblemResult(snapshot, lines, loaded.Errors);
            }

            configuration = loaded.Configuration;
        }

        var settings = new LintSettings(
            configuration,
            editorSettings.Profile,
            failOn: null,
            draftLanguage: editorSettings.Language,
            messageLanguage: editorSettings.MessageLanguage,
            useClassifier: editorSettings.UseClassifier);
        if (!settings.IsKnownProfile)
        {
            var message = $"unknown profile '{settings.Profile}'; built-in profiles are {string.Join(", ", BuiltInProfiles.Names)}, or define it under \"profiles\" in messagelint.json";
            return ProblemResult(snapshot, lines, [new ConfigurationError(EngineDiagnostics.InvalidConfigurationSetting, configurationPath ?? "settings", message, null)]);
        }

        var parser = new MessageDocumentParser(forcedLanguage: settings.DraftLanguage);
        var document = parser.Parse(snapshot.Text, snapshot.Format, snapshot.LocalPath ?? snapshot.Uri);
        var report = engine.Engine.Analyze(document, settings, cancellationToken);
        var diagnostics = report.Visible
            .Select(d => new PublishedDiagnostic(d, DiagnosticConverter.ToLsp(d)))
            .ToList();
        return new AnalysisResult(snapshot, lines, diagnostics);
    }

    /// <summary>One diagnostic on the first line naming the first problem; the rest are counted.</summary>
    private static AnalysisResult ProblemResult(DocumentSnapshot snapshot, LineMap lines, IReadOnlyList<ConfigurationError> errors)
    {
        var first = errors[0];
        var where = first.Position is { } p ? $"{first.Path}:{p.Line + 1}:{p.Character + 1}" : first.Path;
        var more = errors.Count > 1 ? $" (and {errors.Count - 1} more)" : string.Empty;
        var message = $"{first.Descriptor.Title.English}: {where}: {first.Message}{more}. The draft is not checked until this is fixed.";
        return ProblemResult(snapshot, lines, first.Descriptor, message, Severity.Error);
    }

    /// <summary>One diagnostic on the first line saying why the draft was not checked.</summary>
    private static AnalysisResult ProblemResult(DocumentSnapshot snapshot, LineMap lines, RuleDescriptor descriptor, string message, Severity severity)
    {
        var range = DiagnosticConverter.ToRange(lines, lines.GetLineSpan(0, includeBreak: false));
        var diagnostic = new LspDiagnostic(
            range,
            DiagnosticConverter.ToLspSeverity(severity),
            descriptor.Id,
            new CodeDescription(descriptor.HelpUri),
            DiagnosticConverter.Source,
            message);
        return new AnalysisResult(snapshot, lines, [new PublishedDiagnostic(null, diagnostic)]);
    }

    /// <summary>The draft's size in UTF-8 bytes when it is over the limit, else null.</summary>
    private static long? TooLarge(string text, long maxBytes)
    {
        // At most 3 bytes a UTF-16 unit: a draft this short cannot be over, and most drafts need no count.
        if ((long)text.Length * 3 <= maxBytes)
        {
            return null;
        }

        long size = Encoding.UTF8.GetByteCount(text);
        return size > maxBytes ? size : null;
    }
}
