using MessageLint.Core.Configuration;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;
using MessageLint.Formats;
using MessageLint.Formats.Input;
using MessageLint.Formats.Output;
using MessageLint.Formats.Writers;

namespace MessageLint.Cli.Commands;

/// <summary>
/// Runs `check`: resolves inputs and configuration, reads and lints every draft, applies fixes when
/// asked, and writes one report. Every input is either checked or named in a problem.
/// </summary>
public sealed class CheckRunner
{
    private readonly CliEnvironment _environment;
    private readonly CheckOptions _options;
    private readonly Dictionary<string, ConfigurationLoadResult> _configurations = new(StringComparer.Ordinal);
    private readonly List<RunProblem> _problems = [];

    /// <summary>Creates a runner for one invocation.</summary>
    public CheckRunner(CliEnvironment environment, CheckOptions options)
    {
        _environment = environment;
        _options = options;
    }

    /// <summary>Runs and returns the exit code.</summary>
    public int Run()
    {
        if (_options.MaxBytes <= 0)
        {
            _environment.Error.WriteLine("messagelint: error: --max-size must be a positive number of bytes");
            return ExitCodes.UsageOrInputError;
        }

        if (_options.ConfigPath is { } configPath && Path.GetFullPath(configPath, _environment.CurrentDirectory) is var fullConfigPath && !File.Exists(fullConfigPath))
        {
            // Said once and the run stops: otherwise every draft would add that its configuration has errors.
            var reason = Directory.Exists(fullConfigPath) ? "is a folder, not a configuration file" : "configuration file not found";
            _problems.Add(new RunProblem(EngineDiagnostics.UnreadableInput, DisplayPath(fullConfigPath), reason));
            WriteProblemsOnly();
            return ExitCodes.UsageOrInputError;
        }

        var (items, inputProblems) = InputResolver.Resolve(_options.Inputs, _environment.CurrentDirectory);
        _problems.AddRange(inputProblems);
        for (var i = 0; i < _options.Texts.Count; i++)
        {
            items.Add(new InputItem(InputKind.InlineText, _options.Texts.Count == 1 ? "<text>" : $"<text {i + 1}>", Text: _options.Texts[i]));
        }

        if (items.Count == 0 && inputProblems.Count == 0)
        {
            items.Add(new InputItem(InputKind.StandardInput, "<stdin>"));
        }

        // Configuration: an explicit file, or the nearest one per input's folder.
        var itemConfigurations = items.Select(ConfigurationPathFor).ToList();
        var assemblies = _options.RuleAssemblies.Select(p => Path.GetFullPath(p, _environment.CurrentDirectory)).ToList();
        var customRules = new List<CustomRuleDefinition>();
        foreach (var path in itemConfigurations.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            var configured = ConfiguredRules.Read(path);
            assemblies.AddRange(configured.RuleAssemblies);
            customRules.AddRange(configured.CustomRules);
        }

        var engine = EngineFactory.Create(assemblies, customRules, _problems, useClassifier: !_options.NoMl);
        var timings = _options.Timings ? engine.MeasureTimings() : null;
        var knownIds = engine.Descriptors.Select(d => d.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var path in itemConfigurations.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            var loaded = LoadConfiguration(path, knownIds);
            foreach (var error in loaded.Errors)
            {
                _problems.Add(new RunProblem(error.Descriptor, DisplayPath(error.Path), error.Message, error.Position));
            }
        }

        var settingsCache = new Dictionary<string, LintSettings>(StringComparer.Ordinal);
        if (!ValidateProfile(itemConfigurations, settingsCache))
        {
            WriteProblemsOnly();
            return ExitCodes.UsageOrInputError;
        }

        var reader = new DraftReader(_options.MaxBytes, _options.InputType switch
        {
            "markdown" => DocumentFormat.Markdown,
            "text" => DocumentFormat.PlainText,
            _ => null,
        });
        var reports = new List<MessageReport>();
        var failed = false;
        LintSettings? firstSettings = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var settings = SettingsFor(itemConfigurations[i], settingsCache);
            if (settings is null)
            {
                _problems.Add(new RunProblem(EngineDiagnostics.InvalidConfigurationSetting, item.DisplayPath, $"not checked: its configuration {DisplayPath(itemConfigurations[i]!)} has errors"));
                continue;
            }

            firstSettings ??= settings;
            if (item.Kind == InputKind.StandardInput && _environment.IsInputTerminal)
            {
                _environment.Error.WriteLine("Paste your draft, then press Ctrl-D on a new line (Ctrl-Z, Enter on Windows):");
            }

            var read = reader.Read(item, _environment.StandardInput);
            if (read.Problem is not null)
            {
                _problems.Add(read.Problem);
                continue;
            }

            if (read.PositionNote is { } note)
            {
                _environment.Error.WriteLine($"messagelint: note: {item.DisplayPath}: {note}");
            }

            var parser = new MessageDocumentParser(forcedLanguage: settings.DraftLanguage);
            var document = parser.Parse(read.Text!, read.Format, item.DisplayPath);
            var report = engine.Analyze(document, settings);
            if (_options.Fix && read.PositionNote is not null && item.Kind == InputKind.File)
            {
                // The checked text is a decoded rendering, not the file: writing it back would break the message.
                _problems.Add(new RunProblem(EngineDiagnostics.UnsupportedInput, item.DisplayPath, "not rewritten by --fix: its text was checked decoded, not as it is in the file; apply the suggested fixes in your mail client"));
            }
            else if (_options.Fix)
            {
                report = ApplyFixes(engine, parser, settings, item, report);
            }

            failed |= report.Fails(settings.FailOn);
            reports.Add(report);
        }

        var result = new RunResult(reports, _problems, engine.Descriptors, firstSettings ?? new LintSettings(profile: _options.Profile, failOn: _options.FailOn, useClassifier: !_options.NoMl));
        WriteReport(result);
        if (timings is not null)
        {
            TimingsTable.Write(_environment.Error, timings.Snapshot(), reports.Count);
        }

        return _problems.Count > 0 ? ExitCodes.UsageOrInputError : failed ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private string? ConfigurationPathFor(InputItem item)
    {
        if (_options.ConfigPath is { } explicitPath)
        {
            return Path.GetFullPath(explicitPath, _environment.CurrentDirectory);
        }

        return ConfigurationLoader.Find(item.ConfigurationSearchDirectory(_environment.CurrentDirectory));
    }

    private ConfigurationLoadResult LoadConfiguration(string path, ISet<string>? knownRuleIds)
    {
        if (!_configurations.TryGetValue(path, out var result))
        {
            result = ConfigurationLoader.Load(path, knownRuleIds);
            _configurations[path] = result;
        }

        return result;
    }

    private LintSettings? SettingsFor(string? configurationPath, Dictionary<string, LintSettings> cache)
    {
        var key = configurationPath ?? string.Empty;
        if (cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        LintConfiguration configuration;
        if (configurationPath is null)
        {
            configuration = LintConfiguration.Empty;
        }
        else if (_configurations.TryGetValue(configurationPath, out var loaded) && loaded.Configuration is { } ok)
        {
            configuration = ok;
        }
        else
        {
            return null;
        }

        var settings = new LintSettings(configuration, _options.Profile, _options.FailOn, _options.Language, useClassifier: !_options.NoMl);
        cache[key] = settings;
        return settings;
    }

    private bool ValidateProfile(List<string?> itemConfigurations, Dictionary<string, LintSettings> cache)
    {
        if (_options.Profile is null)
        {
            return true;
        }

        foreach (var path in itemConfigurations.Distinct(StringComparer.Ordinal))
        {
            if (SettingsFor(path, cache) is { IsKnownProfile: false })
            {
                _environment.Error.WriteLine($"messagelint: error: unknown profile '{_options.Profile}'; built-in profiles are {string.Join(", ", BuiltInProfiles.Names)}, or define it under \"profiles\" in messagelint.json");
                return false;
            }
        }

        return true;
    }

    private MessageReport ApplyFixes(Core.Engine.LintEngine engine, MessageDocumentParser parser, LintSettings settings, InputItem item, MessageReport report)
    {
        var original = report.Document.Text;
        var text = original;
        var current = report;
        var fixedCount = 0;
        for (var pass = 0; pass < 5; pass++)
        {
            var (fixedText, applied) = FixApplier.Apply(text, current.Diagnostics);
            if (applied == 0)
            {
                break;
            }

            text = fixedText;
            fixedCount += applied;
            current = engine.Analyze(parser.Parse(text, report.Document.Format, item.DisplayPath), settings);
        }

        if (item.Kind == InputKind.File)
        {
            if (!ReferenceEquals(text, original) && SafeFileWriter.ReplaceIfUnchanged(item.FullPath!, original, text) is { } refusal)
            {
                _problems.Add(new RunProblem(EngineDiagnostics.UnreadableInput, item.DisplayPath, refusal));
                return report;
            }
        }
        else
        {
            _environment.Output.Write(text);
            if (!text.EndsWith('\n'))
            {
                _environment.Output.WriteLine();
            }
        }

        // Fixed findings leave the report, so without this line a fix would look like findings vanishing.
        if (fixedCount > 0)
        {
            _environment.Error.WriteLine($"fixed {(fixedCount == 1 ? "1 finding" : $"{fixedCount} findings")} in {item.DisplayPath}");
        }

        return current;
    }

    private void WriteReport(RunResult result)
    {
        // With --fix on stdin or text, stdout carries the fixed draft, so the report goes to stderr.
        var fixedToStdout = _options.Fix && result.Reports.Any(r => r.Document.Path is "<stdin>" || r.Document.Path?.StartsWith("<text", StringComparison.Ordinal) == true);
        var useColor = _options.Color switch
        {
            "always" => true,
            "never" => false,
            _ => _options.OutputPath is null && !fixedToStdout && _environment.IsOutputTerminal && !_environment.NoColor,
        };
        IReportWriter writer = _options.Format switch
        {
            OutputFormat.Line => new LineReportWriter(),
            OutputFormat.Json => new JsonReportWriter(),
            OutputFormat.Sarif => new SarifReportWriter(),
            _ => new TextReportWriter(useColor),
        };

        if (_options.OutputPath is { } outputPath)
        {
            using var buffer = new StringWriter();
            writer.Write(result, buffer, _environment.Error);
            try
            {
                SafeFileWriter.Write(Path.GetFullPath(outputPath, _environment.CurrentDirectory), buffer.ToString());
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                var reason = OutputPathProblem.Describe(Path.GetFullPath(outputPath, _environment.CurrentDirectory), ex);
                _environment.Error.WriteLine($"messagelint: error: cannot write {outputPath}: {reason}");
                _problems.Add(new RunProblem(EngineDiagnostics.UnreadableInput, outputPath, reason));
            }

            return;
        }

        writer.Write(result, fixedToStdout ? _environment.Error : _environment.Output, _environment.Error);
    }

    private void WriteProblemsOnly()
    {
        foreach (var problem in _problems)
        {
            _environment.Error.WriteLine(ProblemLine(problem));
        }
    }

    /// <summary>The one-line form of a problem, as the text writers print it.</summary>
    internal static string ProblemLine(RunProblem problem)
    {
        var where = problem.Position is { } p ? $"{problem.Path}:{p.Line + 1}:{p.Character + 1}" : problem.Path;
        return $"messagelint: error {problem.Descriptor.Id}: {where}: {problem.Message}";
    }

    private string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(_environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative;
    }
}
