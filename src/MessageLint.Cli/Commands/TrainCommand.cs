using System.CommandLine;
using MessageLint.Classifier;
using MessageLint.Classifier.Evaluation;
using MessageLint.Classifier.Featurization;
using MessageLint.Classifier.Training;
using MessageLint.Core.Evaluation;
using MessageLint.Formats;
using MessageLint.Formats.Corpus;
using MessageLint.Formats.Output;

namespace MessageLint.Cli.Commands;

/// <summary>
/// `messagelint train`: trains the sentence model on the team corpus's train split (plus
/// real-train), calibrates it and picks thresholds on dev, measures test, and writes the model and
/// its thresholds file. Same data and seed give the same predictions. real-val is never read.
/// </summary>
public static class TrainCommand
{
    /// <summary>The model's file name under rules/models.</summary>
    public const string ModelFileName = "sentence-classifier.zip";

    /// <summary>The thresholds file's name under rules/models.</summary>
    public const string ThresholdsFileName = "sentence-classifier.thresholds.json";

    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var corpus = new Option<string?>("--corpus") { Description = "The labelled team corpus (a .jsonl file or a folder). Default: rules/corpus/team.", HelpName = "path" };
        var extra = new Option<string?>("--extra") { Description = "More training items, all used for training. Default: rules/corpus/real/real-train.jsonl.", HelpName = "path" };
        var noExtra = new Option<bool>("--no-extra") { Description = "Leave out the extra (real) training items." };
        var drafts = new Option<string?>("--drafts") { Description = "Hand-written drafts outside the split, trained on but never scored for the real-text floor. Default: rules/corpus/drafts.", HelpName = "path" };
        var noDrafts = new Option<bool>("--no-drafts") { Description = "Leave out the hand-written drafts." };
        var output = new Option<string?>("--output", "-o") { Description = $"Where to write the model. Default: rules/models/{ModelFileName}; the thresholds file goes beside it.", HelpName = "file" };
        var noLexicons = new Option<bool>("--no-lexicons") { Description = "Text features only: no markers from rules/lexicons." };
        var noExpressions = new Option<bool>("--no-lexicon-expressions") { Description = "Lexicon markers from plain phrases only: leave out the re: entries of the required labels' rules." };
        var noPrecisionFloor = new Option<bool>("--best-f1-thresholds") { Description = "Keep every threshold at its best dev F1; do not raise complaint, asks-to-decide and vague-status until out-of-fold real-train is 0.85 precise." };
        var nbFeatures = new Option<bool>("--nb-features") { Description = "Train each head on NB-SVM features: each feature scaled by its log-count ratio between the head's positive and negative rows (folded into the weights afterwards)." };
        var nbAlpha = new Option<double>("--nb-alpha") { Description = "With --nb-features: the smoothing added to each feature's counts.", DefaultValueFactory = _ => new LogCountRatioScaling().Smoothing };
        var nbLimit = new Option<double?>("--nb-limit") { Description = "With --nb-features: clamp each log-count ratio to ±this." };
        var nbRescale = new Option<bool>("--nb-rescale") { Description = "With --nb-features: divide each head's ratios by one constant so its scaled rows keep a mean squared L2 norm of 1." };
        var l2 = new Option<float>("--l2") { Description = "The L2 regularisation of every head, in ML.NET's units (added to the summed loss over some 10,000 rows, so the default barely regularises).", DefaultValueFactory = _ => new TrainingOptions().L2Regularization };
        var seed = new Option<int>("--seed") { Description = "The MLContext seed.", DefaultValueFactory = _ => new TrainingOptions().Seed };
        var contextWeight = new Option<double>("--context-weight") { Description = "How much a sentence's scores lean on its paragraph's, from 0 (each sentence read alone) to 1.", DefaultValueFactory = _ => new TrainingOptions().ContextWeight };
        contextWeight.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is < 0 or > 1)
            {
                result.AddError("--context-weight must be between 0 and 1.");
            }
        });
        var command = new Command("train", "Train the sentence model: fixed split by group, calibrated on dev, measured on test.") { corpus, extra, noExtra, drafts, noDrafts, noLexicons, noExpressions, noPrecisionFloor, nbFeatures, nbAlpha, nbLimit, nbRescale, l2, contextWeight, output, seed };
        command.SetAction(parseResult =>
        {
            var rules = RulesFolder.Find(environment.CurrentDirectory);
            var corpusPath = Resolve(environment, parseResult.GetValue(corpus)) ?? (rules is null ? null : Path.Combine(rules, "corpus", "team"));
            var outputPath = Resolve(environment, parseResult.GetValue(output)) ?? (rules is null ? null : Path.Combine(rules, "models", ModelFileName));
            if (corpusPath is null || outputPath is null)
            {
                environment.Error.WriteLine("messagelint: error: no rules/corpus folder above the current folder; give --corpus and --output");
                return ExitCodes.UsageOrInputError;
            }

            var problems = new List<RunProblem>();
            var team = Read(corpusPath, problems);
            IReadOnlyList<LabelledMessage> extraItems = [];
            if (!parseResult.GetValue(noExtra))
            {
                var extraPath = Resolve(environment, parseResult.GetValue(extra)) ?? (rules is null ? null : Path.Combine(rules, "corpus", "real", "real-train.jsonl"));
                if (extraPath is not null)
                {
                    extraItems = Read(extraPath, problems);
                }
            }

            IReadOnlyList<LabelledMessage> draftItems = [];
            if (!parseResult.GetValue(noDrafts))
            {
                // A folder named on the command line must exist; the default one is optional.
                var given = Resolve(environment, parseResult.GetValue(drafts));
                var draftsPath = given ?? (rules is null ? null : Path.Combine(rules, "corpus", "drafts"));
                if (draftsPath is not null && (given is not null || Directory.Exists(draftsPath)))
                {
                    draftItems = Read(draftsPath, problems);
                }
            }

            foreach (var problem in problems)
            {
                environment.Error.WriteLine(CheckRunner.ProblemLine(problem));
            }

            if (problems.Count > 0 || team.Count == 0)
            {
                return ExitCodes.UsageOrInputError;
            }

            var lexiconsPath = rules is null ? null : Path.Combine(rules, "lexicons");
            var lexicons = parseResult.GetValue(noLexicons) || lexiconsPath is null || !Directory.Exists(lexiconsPath)
                ? null
                : LexiconMarkers.FromLexicons(Directory.GetFiles(lexiconsPath, "*.txt", SearchOption.AllDirectories)
                    .Order(StringComparer.Ordinal)
                    .Select(f => (Path.GetFileNameWithoutExtension(f), File.ReadAllText(f))), expressions: !parseResult.GetValue(noExpressions));
            var options = new TrainingOptions { Seed = parseResult.GetValue(seed), Lexicons = lexicons, L2Regularization = parseResult.GetValue(l2), ContextWeight = parseResult.GetValue(contextWeight) };
            if (parseResult.GetValue(nbFeatures))
            {
                options = options with { LogCountRatio = new LogCountRatioScaling { Smoothing = parseResult.GetValue(nbAlpha), Limit = parseResult.GetValue(nbLimit), Rescale = parseResult.GetValue(nbRescale) } };
            }

            if (parseResult.GetValue(noPrecisionFloor))
            {
                options = options with { ExtraPrecisionFloor = null };
            }

            var result = TrainingRun.Run(team, extraItems, options, line => environment.Error.WriteLine(line), draftItems);
            // Temporary file and rename: an interrupted run never leaves a half-written model where the tool loads one.
            SafeFileWriter.Write(outputPath, result.Model.Save);
            var thresholdsPath = Path.Combine(Path.GetDirectoryName(outputPath)!, ThresholdsFileName);
            SafeFileWriter.Write(thresholdsPath, result.Thresholds.Write);

            environment.Output.WriteLine($"model: {Path.GetRelativePath(environment.CurrentDirectory, outputPath)} ({new FileInfo(outputPath).Length / 1024.0 / 1024.0:0.00} MB)");
            environment.Output.WriteLine($"thresholds: {Path.GetRelativePath(environment.CurrentDirectory, thresholdsPath)}");
            ModelEvaluationWriter.WriteText(new ModelEvaluationReport(result.Model.Manifest, new FileInfo(outputPath).Length, [result.Dev, result.Test, .. result.ExtraOutOfFold is { } outOfFold ? [outOfFold] : Array.Empty<DatasetEvaluation>()], null), environment.Output);
            return ExitCodes.Clean;
        });
        return command;
    }

    private static string? Resolve(CliEnvironment environment, string? path) => path is null ? null : Path.GetFullPath(path, environment.CurrentDirectory);

    private static IReadOnlyList<LabelledMessage> Read(string path, List<RunProblem> problems)
    {
        // A misspelt label would train a head on the wrong rows without a word, as it would measure them wrongly in evaluate.
        var read = CorpusReader.Read(path, ModelLabels.Corpus);
        problems.AddRange(read.Problems);
        return read.Items;
    }
}
