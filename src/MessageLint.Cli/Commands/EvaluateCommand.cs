using System.CommandLine;
using MessageLint.Classifier;
using MessageLint.Classifier.Evaluation;
using MessageLint.Classifier.Model;
using MessageLint.Classifier.Splits;
using MessageLint.Classifier.Training;
using MessageLint.Core.Evaluation;
using MessageLint.Formats;
using MessageLint.Formats.Corpus;

namespace MessageLint.Cli.Commands;

/// <summary>
/// `messagelint evaluate`: runs the rules over labelled corpora and prints per-rule and
/// per-principle precision, recall and F1. With no arguments it finds rules/corpus upward from the
/// current folder and evaluates the team corpus, real-train and real-val separately. With
/// --model it measures the sentence model instead: per-label precision, recall, F1 and AUC on the
/// team corpus's dev and held-out test splits and on real-val, a confusion matrix, and k-fold
/// cross-validation by group.
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
        var model = new Option<string?>("--model")
        {
            Description = "Measure the sentence model instead of the rules: the embedded model, or the model file given.",
            HelpName = "file",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds for --model (0 skips it; each fold trains a model).", DefaultValueFactory = _ => 5 };
        var noMl = new Option<bool>("--no-ml") { Description = "Measure the rules on heuristics only, without the sentence model." };
        var split = new Option<string?>("--split")
        {
            Description = "Measure the rules on one part of the fixed split only: train, dev or test (default corpus: the team corpus alone).",
            HelpName = "part",
        };
        split.AcceptOnlyFromAmong("train", "dev", "test");
        var command = new Command("evaluate", "Measure the rules (or, with --model, the sentence model) on labelled corpora.") { paths, format, profile, model, folds, noMl, split };
        command.SetAction(parseResult =>
        {
            if (UnknownOptionGuard.Refuses(command, parseResult.GetValue(paths) ?? [], environment))
            {
                return ExitCodes.UsageOrInputError;
            }

            if (parseResult.GetResult(model) is not null)
            {
                return EvaluateModel(environment, parseResult.GetValue(model), parseResult.GetValue(paths) ?? [], parseResult.GetValue(folds), parseResult.GetValue(format) == "json");
            }

            var datasets = (parseResult.GetValue(paths) ?? []).ToList();
            if (datasets.Count == 0)
            {
                var root = FindCorpusRoot(environment.CurrentDirectory);
                if (root is null)
                {
                    environment.Error.WriteLine("messagelint: error: no corpus given and no rules/corpus folder found above the current folder");
                    return ExitCodes.UsageOrInputError;
                }

                // The split is the team corpus's; the real sets have no split of their own.
                datasets = parseResult.GetValue(split) is null
                    ? [Path.Combine(root, "team"), Path.Combine(root, "real", "real-train.jsonl"), Path.Combine(root, "real", "real-val.jsonl")]
                    : [Path.Combine(root, "team")];
            }

            DataSplit? part = parseResult.GetValue(split) switch
            {
                "train" => DataSplit.Train,
                "dev" => DataSplit.Dev,
                "test" => DataSplit.Test,
                _ => null,
            };

            var problems = new List<RunProblem>();
            var useModel = !parseResult.GetValue(noMl);
            var engine = EngineFactory.Create([], problems, useModel);
            var knownLabels = KnownLabels(engine.Descriptors);
            var reports = new List<EvaluationReport>();
            foreach (var dataset in datasets)
            {
                var full = Path.GetFullPath(dataset, environment.CurrentDirectory);
                var read = CorpusReader.Read(full, knownLabels);
                problems.AddRange(read.Problems);
                var items = part is { } only ? CorpusSplitter.Select(read.Items, only) : read.Items;
                var name = Path.GetRelativePath(environment.CurrentDirectory, full) + (part is { } shown ? $" ({shown.ToString().ToLowerInvariant()} split)" : string.Empty);
                if (items.Count > 0)
                {
                    reports.Add(RuleEvaluator.Evaluate(name, engine, items, profile: parseResult.GetValue(profile), useClassifier: useModel));
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

    private static int EvaluateModel(CliEnvironment environment, string? modelPath, string[] corpora, int folds, bool json)
    {
        SentenceModel sentenceModel;
        long bytes;
        if (modelPath is null)
        {
            sentenceModel = SentenceClassifier.Embedded.Model;
            using var stream = typeof(EmbeddedModel).Assembly.GetManifestResourceStream(EmbeddedModel.ResourceName);
            bytes = stream?.Length ?? 0;
        }
        else
        {
            var full = Path.GetFullPath(modelPath, environment.CurrentDirectory);
            if (!File.Exists(full))
            {
                environment.Error.WriteLine($"messagelint: error: {modelPath}: model not found");
                return ExitCodes.UsageOrInputError;
            }

            try
            {
                sentenceModel = SentenceModel.Load(full);
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
            {
                environment.Error.WriteLine($"messagelint: error: {modelPath}: not a MessageLint model file (write one with 'messagelint train'): {ex.Message}");
                return ExitCodes.UsageOrInputError;
            }

            bytes = new FileInfo(full).Length;
        }

        var thresholds = sentenceModel.Labels.ToDictionary(l => l, l => sentenceModel.Thresholds?.Find(l)?.Threshold ?? 0.5, StringComparer.Ordinal);
        var problems = new List<RunProblem>();
        var datasets = new List<DatasetEvaluation>();
        CrossValidationResult? crossValidation = null;
        if (corpora.Length > 0)
        {
            foreach (var corpus in corpora)
            {
                var full = Path.GetFullPath(corpus, environment.CurrentDirectory);
                var read = CorpusReader.Read(full, ModelLabels.Corpus);
                problems.AddRange(read.Problems);
                datasets.Add(ModelEvaluator.Evaluate(Path.GetRelativePath(environment.CurrentDirectory, full), sentenceModel, read.Items, thresholds));
            }
        }
        else
        {
            var root = FindCorpusRoot(environment.CurrentDirectory);
            if (root is null)
            {
                environment.Error.WriteLine("messagelint: error: no corpus given and no rules/corpus folder found above the current folder");
                return ExitCodes.UsageOrInputError;
            }

            var team = CorpusReader.Read(Path.Combine(root, "team"), ModelLabels.Corpus);
            var realTrain = CorpusReader.Read(Path.Combine(root, "real", "real-train.jsonl"), ModelLabels.Corpus);
            var realVal = CorpusReader.Read(Path.Combine(root, "real", "real-val.jsonl"), ModelLabels.Corpus);
            problems.AddRange(team.Problems.Concat(realTrain.Problems).Concat(realVal.Problems));
            datasets.Add(ModelEvaluator.Evaluate("team/dev", sentenceModel, CorpusSplitter.Select(team.Items, DataSplit.Dev), thresholds));
            datasets.Add(ModelEvaluator.Evaluate("team/test", sentenceModel, CorpusSplitter.Select(team.Items, DataSplit.Test), thresholds));
            datasets.Add(ModelEvaluator.Evaluate("real-val", sentenceModel, realVal.Items, thresholds));
            if (folds >= 2)
            {
                var manifest = sentenceModel.Manifest;
                var options = new TrainingOptions { Seed = manifest.Seed, Labels = manifest.Labels, Featurizer = manifest.Featurizer, L2Regularization = manifest.L2Regularization, LogCountRatio = manifest.LogCountRatio, SentenceRows = manifest.SentenceRows, Lexicons = sentenceModel.Lexicons };
                var notTest = team.Items.Where(i => CorpusSplitter.Assign(i) != DataSplit.Test).ToList();
                var draftsPath = Path.Combine(root, "drafts");
                var drafts = Directory.Exists(draftsPath) ? CorpusReader.Read(draftsPath, ModelLabels.Corpus) : null;
                problems.AddRange(drafts?.Problems ?? []);
                crossValidation = CrossValidator.Run(notTest, realTrain.Items, options, folds, line => environment.Error.WriteLine(line), drafts?.Items);
            }
        }

        foreach (var problem in problems)
        {
            environment.Error.WriteLine(CheckRunner.ProblemLine(problem));
        }

        var report = new ModelEvaluationReport(sentenceModel.Manifest, bytes, datasets, crossValidation);
        if (json)
        {
            using var buffer = new MemoryStream();
            ModelEvaluationWriter.WriteJson(report, buffer);
            environment.Output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }
        else
        {
            ModelEvaluationWriter.WriteText(report, environment.Output);
        }

        return problems.Count > 0 ? ExitCodes.UsageOrInputError : ExitCodes.Clean;
    }

    /// <summary>The labels a corpus item may carry: the model's and the real data's, and those the rules measure themselves by.</summary>
    private static HashSet<string> KnownLabels(IEnumerable<Core.Diagnostics.RuleDescriptor> descriptors)
        => [.. ModelLabels.Corpus, .. descriptors.SelectMany(d => d.CorpusLabels)];

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
