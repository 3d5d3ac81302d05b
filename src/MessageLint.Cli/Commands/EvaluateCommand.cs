using System.CommandLine;
using MessageLint.Core.Evaluation;
using MessageLint.Formats;
using MessageLint.Formats.Corpus;

namespace MessageLint.Cli.Commands;

/// <summary>
/// `messagelint evaluate`: runs the rules over labelled corpora and prints per-rule and
/// per-principle precision, recall and F1. With no arguments it finds rules/corpus upward from the
/// current folder and evaluates the team corpus, real-train and real-val separately.
/// </summary>
public static class EvaluateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var paths = new Argument<string[]>("corpus")
        {
            Description = "JSONL corpora (files or folders of .jsonl). Default: rules/corpus/team, rules/corpus/real/real-train.jsonl and real-val.jsonl.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var profile = new Option<string?>("--profile", "-p") { Description = "Profile for items that do not name one (default: client-chat).", HelpName = "name" };
        var command = new Command("evaluate", "Measure the rules on labelled corpora: precision, recall and F1 per rule and per principle.") { paths, format, profile };
        command.SetAction(parseResult =>
        {
            var datasets = (parseResult.GetValue(paths) ?? []).ToList();
            if (datasets.Count == 0)
            {
                var root = FindCorpusRoot(environment.CurrentDirectory);
                if (root is null)
                {
                    environment.Error.WriteLine("messagelint: error: no corpus given and no rules/corpus folder found above the current folder");
                    return ExitCodes.UsageOrInputError;
                }

                datasets = [Path.Combine(root, "team"), Path.Combine(root, "real", "real-train.jsonl"), Path.Combine(root, "real", "real-val.jsonl")];
            }

            var problems = new List<RunProblem>();
            var engine = EngineFactory.Create([], problems);
            var reports = new List<EvaluationReport>();
            foreach (var dataset in datasets)
            {
                var full = Path.GetFullPath(dataset, environment.CurrentDirectory);
                var read = CorpusReader.Read(full);
                problems.AddRange(read.Problems);
                if (read.Items.Count > 0)
                {
                    reports.Add(RuleEvaluator.Evaluate(Path.GetRelativePath(environment.CurrentDirectory, full), engine, read.Items, profile: parseResult.GetValue(profile)));
                }
            }

            foreach (var problem in problems)
            {
                environment.Error.WriteLine(CheckRunner.ProblemLine(problem));
            }

            if (parseResult.GetValue(format) == "json")
            {
                using var buffer = new MemoryStream();
                EvaluationReportWriter.WriteJson(reports, buffer);
                environment.Output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            }
            else
            {
                EvaluationReportWriter.WriteText(reports, environment.Output);
            }

            return problems.Count > 0 ? ExitCodes.UsageOrInputError : ExitCodes.Clean;
        });
        return command;
    }

    private static string? FindCorpusRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "rules", "corpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
