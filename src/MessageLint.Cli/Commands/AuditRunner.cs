using System.Runtime.InteropServices;
using System.Text.Json;
using MessageLint.Audit;
using MessageLint.Audit.Baseline;
using MessageLint.Audit.Metrics;
using MessageLint.Audit.Reports;
using MessageLint.Core.Configuration;
using MessageLint.Core.Engine;
using MessageLint.Formats;
using MessageLint.Formats.Archive;

namespace MessageLint.Cli.Commands;

/// <summary>
/// Runs `audit`: resolves configuration, engine and baseline, opens the archive as a stream, runs
/// the pipeline into the reports, prints the reconciled summary and returns the exit code. Ctrl-C
/// (or SIGTERM) stops reading; what was read is still checked and reported, and the exit code is 130.
/// </summary>
public sealed class AuditRunner
{
    private readonly CliEnvironment _environment;
    private readonly AuditOptionsInput _options;

    /// <summary>Creates a runner for one invocation.</summary>
    public AuditRunner(CliEnvironment environment, AuditOptionsInput options)
    {
        _environment = environment;
        _options = options;
    }

    /// <summary>Runs and returns the exit code.</summary>
    public int Run()
    {
        if (_options.Inputs.Count == 0 && _environment.IsInputTerminal)
        {
            // Waiting for JSON Lines typed at a terminal looks like a hang.
            return Usage("audit needs an input: a Telegram export (result.json), a .jsonl or .csv file, files, folders or globs of drafts, or JSON Lines piped on standard input (or named as -)");
        }

        var shard = _options.Shard is null ? null : ShardSpec.Parse(_options.Shard);
        if (_options.Shard is not null && shard is null)
        {
            return Usage($"--shard must be i/n with 1 <= i <= n, such as 1/4; got '{_options.Shard}'");
        }

        if (!WorkingHours.TryParse(_options.WorkingHours, _options.WorkingDays, out var hours, out var hoursError))
        {
            return Usage(hoursError);
        }

        if (_options.BatchSize < 1 || _options.Jobs < 0 || _options.Top < 0 || _options.MaxSize <= 0)
        {
            return Usage("--batch-size, --jobs, --top and --max-size must be positive numbers");
        }

        var format = _options.InputFormat switch
        {
            "telegram" => ArchiveInputFormat.Telegram,
            "jsonl" => ArchiveInputFormat.Jsonl,
            "csv" => ArchiveInputFormat.Csv,
            "files" => ArchiveInputFormat.Files,
            _ => ArchiveInputFormat.Auto,
        };
        var source = new ArchiveSource
        {
            Inputs = _options.Inputs.Count == 0 ? ["-"] : _options.Inputs,
            Format = format,
            Excludes = _options.Excludes,
            Columns = new ColumnMapping { Text = _options.TextColumn, Id = _options.IdColumn, Date = _options.DateColumn, Author = _options.AuthorColumn, Chosen = _options.ChosenColumns },
            Telegram = new TelegramReaderOptions { Chats = _options.Chats, PublicUsername = _options.Channel },
            MaxFileBytes = _options.MaxSize,
        };
        if (_options.Channel is { } channel && !IsUsername(channel))
        {
            return Usage($"--channel must be a public username (letters, digits, underscores), not '{channel}'");
        }

        var problems = new List<RunProblem>();
        var (engine, settings) = CreateEngine(problems);
        if (engine is null || settings is null)
        {
            return ExitCodes.UsageOrInputError;
        }

        var timings = _options.Timings ? engine.MeasureTimings() : null;

        SarifBaseline? baseline = null;
        if (_options.Baseline is { } baselinePath)
        {
            try
            {
                baseline = SarifBaseline.Load(Path.GetFullPath(baselinePath, _environment.CurrentDirectory), baselinePath);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return Usage($"cannot read the baseline {baselinePath}: {ex.Message}");
            }
            catch (JsonException ex)
            {
                return Usage($"cannot read the baseline {baselinePath}: {BaselineJsonProblem(ex)}");
            }
        }

        var detected = ArchiveReaderFactory.Detect(source, _environment.CurrentDirectory);
        if ((_options.TextColumnChosen || _options.ChosenColumns != ColumnFields.None) && detected is not (ArchiveInputFormat.Jsonl or ArchiveInputFormat.Csv))
        {
            // A Telegram export or a folder of drafts has fields of its own; a column option there would be ignored.
            return Usage($"--text-column, --id-column, --date-column and --author-column map the fields of JSON Lines and CSV; this input was read as {detected.ToString().ToLowerInvariant()}, which has fields of its own (use --input-format jsonl or csv if it is one of those)");
        }

        IArchiveReader reader;
        try
        {
            reader = ArchiveReaderFactory.Open(source, _environment.CurrentDirectory, _environment.StandardInput);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return Usage(ex is FileNotFoundException or DirectoryNotFoundException ? $"{string.Join(' ', source.Inputs)}: file not found" : ex.Message);
        }

        using (reader)
        {
            var run = new AuditRunInfo
            {
                Source = reader.Source,
                InputFormat = detected.ToString().ToLowerInvariant(),
                Profile = settings.Profile,
                FailOn = settings.FailOn,
                OwnNames = _options.Authors,
                OwnIds = _options.FromIds,
                Shard = shard,
                BaselinePath = _options.Baseline,
                Hours = hours,
                Top = _options.Top,
                Descriptors = engine.Descriptors,
            };
            List<IAuditReportWriter> writers;
            try
            {
                writers = ReportTargets.Create(_environment.CurrentDirectory, _options.Json, _options.Jsonl, _options.Sarif, _options.Csv, _options.Html, _options.ReportDir);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return Usage(ex is ReportTargetException ? ex.Message : $"cannot create a report: {ex.Message}");
            }

            using var reports = new AuditReportSet(run, writers);
            var own = _options.Authors.Count + _options.FromIds.Count > 0 ? new AuthorFilter(_options.Authors, _options.FromIds) : null;
            var pipeline = new AuditPipeline(engine, settings, new AuditOptions
            {
                BatchSize = _options.BatchSize,
                Parallelism = _options.Jobs == 0 ? Environment.ProcessorCount : _options.Jobs,
                Shard = shard,
                Own = own,
            });

            using var cancel = new CancellationTokenSource();
            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Interrupt(context, cancel));
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Interrupt(context, cancel));
            var showProgress = _options.Progress == "always" || (_options.Progress == "auto" && _environment.IsErrorTerminal);
            var bar = showProgress ? new ProgressBar(_environment.Error, _environment.IsErrorTerminal) : null;
            var stats = pipeline.Run(reader, new AuditSinks([reports], baseline), bar is null ? null : bar.Report, cancel.Token);
            bar?.Finish();
            if (stats.Interrupted)
            {
                _environment.Error.WriteLine("messagelint: interrupted; writing the reports of what was read");
            }

            var completion = new AuditCompletion(stats.Interrupted, stats.OtherShards, baseline?.Absent(shard) ?? []);
            AuditSummary summary;
            try
            {
                summary = reports.Complete(completion);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return Usage($"cannot write a report: {ex.Message}");
            }

            AuditTextSummary.Write(_environment.Output, run, summary, completion, ReportTargets.Display(writers, _environment.CurrentDirectory));
            if (timings is not null)
            {
                TimingsTable.Write(_environment.Error, timings.Snapshot(), summary.Checked);
            }

            if (stats.Interrupted)
            {
                return ExitCodes.Interrupted;
            }

            var tabular = detected is ArchiveInputFormat.Jsonl or ArchiveInputFormat.Csv;
            return AuditFilterCheck.Refuses(stats.Census, _options.Chats, tabular, _environment.Error)
                ? ExitCodes.UsageOrInputError
                : AuditTextSummary.ExitCode(summary, completion, settings.FailOn);
        }
    }

    private (LintEngine? Engine, LintSettings? Settings) CreateEngine(List<RunProblem> problems)
    {
        var configPath = _options.ConfigPath is { } explicitPath
            ? Path.GetFullPath(explicitPath, _environment.CurrentDirectory)
            : ConfigurationLoader.Find(_environment.CurrentDirectory);
        var assemblies = _options.RuleAssemblies.Select(p => Path.GetFullPath(p, _environment.CurrentDirectory)).ToList();
        LintConfiguration configuration = LintConfiguration.Empty;
        var configured = ConfiguredRules.Read(configPath);
        var engine = EngineFactory.Create(assemblies.Concat(configured.RuleAssemblies), configured.CustomRules, problems, useClassifier: !_options.NoMl);
        if (configPath is not null)
        {
            var loaded = ConfigurationLoader.Load(configPath, engine.Descriptors.Select(d => d.Id).ToHashSet(StringComparer.OrdinalIgnoreCase));
            foreach (var error in loaded.Errors)
            {
                problems.Add(new RunProblem(error.Descriptor, error.Path, error.Message, error.Position));
            }

            configuration = loaded.Configuration ?? LintConfiguration.Empty;
        }

        foreach (var problem in problems)
        {
            _environment.Error.WriteLine(CheckRunner.ProblemLine(problem));
        }

        if (problems.Count > 0)
        {
            return (null, null);
        }

        var settings = new LintSettings(configuration, _options.Profile, _options.FailOn, _options.Language, useClassifier: !_options.NoMl);
        if (!settings.IsKnownProfile)
        {
            _environment.Error.WriteLine($"messagelint: error: unknown profile '{settings.Profile}'; built-in profiles are {string.Join(", ", BuiltInProfiles.Names)}");
            return (null, null);
        }

        return (engine, settings);
    }

    private static void Interrupt(PosixSignalContext context, CancellationTokenSource cancel)
    {
        if (cancel.IsCancellationRequested)
        {
            // A second Ctrl-C ends the process at once.
            return;
        }

        context.Cancel = true;
        cancel.Cancel();
    }

    private int Usage(string message)
    {
        _environment.Error.WriteLine($"messagelint: error: {message}");
        return ExitCodes.UsageOrInputError;
    }

    private static bool IsUsername(string name) => name.Length is >= 4 and <= 32 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// <summary>
    /// What is wrong with a baseline that is not JSON, in the words of a person: where it broke ("line 1, byte 1") rather
    /// than the parser's "LineNumber: 0 | BytePositionInLine: 0", which counts from zero.
    /// </summary>
    private static string BaselineJsonProblem(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0 || ex.LineNumber is not { } line)
        {
            return message;
        }

        var position = ex.BytePositionInLine is { } bytes ? $", byte {bytes + 1}" : string.Empty;
        return $"not a SARIF log: invalid JSON at line {line + 1}{position} ({message[..cut].TrimEnd()})";
    }
}
