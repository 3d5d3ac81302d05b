using System.CommandLine;
using System.Text.Json;
using MessageLint.Audit;
using MessageLint.Audit.Merge;
using MessageLint.Audit.Reports;
using MessageLint.Core.Configuration;
using MessageLint.Formats;

namespace MessageLint.Cli.Commands;

/// <summary>`messagelint merge`: combine the JSON reports of `audit --shard i/n` runs into the reports of the whole run.</summary>
public static class MergeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var shards = new Argument<string[]>("shards")
        {
            Description = "The JSON reports (--json) of shards 1/n … n/n of one audit.",
            Arity = ArgumentArity.OneOrMore,
        };
        var reports = new ReportOptions();
        var config = new Option<string?>("--config", "-c") { HelpName = "file", Description = "The configuration the shards ran with, for the rules it brings (default: the nearest messagelint.json)." };
        var command = new Command("merge", "Combine shard JSON reports of `messagelint audit --shard i/n` into the reports a single run would write.") { shards, config };
        reports.AddTo(command);
        command.SetAction(parseResult =>
        {
            if (UnknownOptionGuard.Refuses(command, parseResult.GetValue(shards) ?? [], environment))
            {
                return ExitCodes.UsageOrInputError;
            }

            var files = (parseResult.GetValue(shards) ?? []).Select(f => (Path.GetFullPath(f, environment.CurrentDirectory), f)).ToList();
            var problems = new List<RunProblem>();
            // The shards' rule descriptors come from the same rules the audit ran with: the packs named here
            // and the configuration's own rule assemblies and custom rules.
            var configPath = parseResult.GetValue(config) is { } explicitPath
                ? Path.GetFullPath(explicitPath, environment.CurrentDirectory)
                : ConfigurationLoader.Find(environment.CurrentDirectory);
            var configured = ConfiguredRules.Read(configPath);
            var assemblies = (parseResult.GetValue(reports.RuleAssemblies) ?? []).Select(p => Path.GetFullPath(p, environment.CurrentDirectory)).Concat(configured.RuleAssemblies);
            var engine = EngineFactory.Create(assemblies, configured.CustomRules, problems, useClassifier: false);
            if (configPath is not null)
            {
                // A configuration that cannot be used is refused as `audit` refuses it, not silently left out.
                var loaded = ConfigurationLoader.Load(configPath, engine.Descriptors.Select(d => d.Id).ToHashSet(StringComparer.OrdinalIgnoreCase));
                problems.AddRange(loaded.Errors.Select(error => new RunProblem(error.Descriptor, error.Path, error.Message, error.Position)));
            }

            foreach (var problem in problems)
            {
                environment.Error.WriteLine(CheckRunner.ProblemLine(problem));
            }

            if (problems.Count > 0)
            {
                return ExitCodes.UsageOrInputError;
            }

            ShardMerger merger;
            try
            {
                merger = ShardMerger.Open(files);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or InvalidDataException or KeyNotFoundException or InvalidOperationException)
            {
                environment.Error.WriteLine($"messagelint: error: cannot merge: {ex.Message}");
                return ExitCodes.UsageOrInputError;
            }

            using (merger)
            {
                var top = parseResult.GetResult(reports.Top) is { Implicit: false } ? parseResult.GetValue(reports.Top) : (int?)null;
                var run = merger.Shards[0].ToRunInfo(engine.Descriptors, top);
                var writers = ReportTargets.Create(environment.CurrentDirectory, parseResult.GetValue(reports.Json), parseResult.GetValue(reports.Jsonl),
                    parseResult.GetValue(reports.Sarif), parseResult.GetValue(reports.Csv), parseResult.GetValue(reports.Html), parseResult.GetValue(reports.ReportDir));
                using var set = new AuditReportSet(run, writers);
                try
                {
                    foreach (var outcome in merger.ReadOutcomes())
                    {
                        set.Add(outcome);
                    }
                }
                catch (Exception ex) when (ex is IOException or JsonException or InvalidDataException or KeyNotFoundException or InvalidOperationException)
                {
                    environment.Error.WriteLine($"messagelint: error: cannot merge: {ex.Message}");
                    return ExitCodes.UsageOrInputError;
                }

                var completion = new AuditCompletion(merger.Interrupted, 0, merger.Absent);
                var summary = set.Complete(completion);
                AuditTextSummary.Write(environment.Output, run, summary, completion, ReportTargets.Display(writers, environment.CurrentDirectory));
                return completion.Interrupted ? ExitCodes.Interrupted : AuditTextSummary.ExitCode(summary, completion, run.FailOn);
            }
        });
        return command;
    }
}
