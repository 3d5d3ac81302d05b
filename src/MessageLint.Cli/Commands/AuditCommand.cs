using System.CommandLine;
using MessageLint.Core.Configuration;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Text;
using MessageLint.Formats.Archive;

namespace MessageLint.Cli.Commands;

/// <summary>`messagelint audit`: check a whole archive — a Telegram export, JSONL, CSV or folders of drafts — and write reports.</summary>
public static class AuditCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "A Telegram export (result.json), a .jsonl or .csv file, - for JSON Lines on stdin, or files, folders and globs of drafts.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var inputFormat = new Option<string>("--input-format") { Description = "auto, telegram, jsonl, csv or files (default: from the input).", DefaultValueFactory = _ => "auto" };
        inputFormat.AcceptOnlyFromAmong("auto", "telegram", "jsonl", "csv", "files");
        var exclude = new Option<string[]>("--exclude") { HelpName = "glob", Description = "Leave out files matching this glob when reading folders (repeatable)." };
        var textColumn = new Option<string>("--text-column") { HelpName = "name", Description = "JSONL/CSV field with the text (default text; JSONL allows a.b paths).", DefaultValueFactory = _ => "text" };
        var idColumn = new Option<string>("--id-column") { HelpName = "name", Description = "JSONL/CSV field with the message ID (default id; else the line or row number).", DefaultValueFactory = _ => "id" };
        var dateColumn = new Option<string>("--date-column") { HelpName = "name", Description = "JSONL/CSV field with the date: ISO 8601 or Unix seconds (default date).", DefaultValueFactory = _ => "date" };
        var authorColumn = new Option<string>("--author-column") { HelpName = "name", Description = "JSONL/CSV field with the author (default author).", DefaultValueFactory = _ => "author" };
        var author = new Option<string[]>("--author") { HelpName = "name", Description = "Audit only messages by this author (repeatable); others are counted, not checked." };
        var fromId = new Option<string[]>("--from-id") { HelpName = "id", Description = "Audit only messages with this Telegram from_id, e.g. user123 or channel456 (repeatable)." };
        var chat = new Option<string[]>("--chat") { HelpName = "name|id", Description = "In a full Telegram export, audit only this chat (repeatable)." };
        var channel = new Option<string?>("--channel") { HelpName = "username", Description = "The public channel's username, to link posts as https://t.me/<username>/<id>." };
        var profile = new Option<string?>("--profile", "-p") { HelpName = "name", Description = $"Profile: {string.Join(", ", BuiltInProfiles.Names)}, or one from messagelint.json." };
        var failOn = new Option<string?>("--fail-on") { Description = "Exit with 1 when a new finding is at or above this severity: error, warning, info, none (default: warning)." };
        failOn.AcceptOnlyFromAmong("error", "warning", "info", "hidden", "none");
        var language = new Option<string?>("--lang") { Description = "Language of the messages: auto (per sentence), ru or en." };
        language.AcceptOnlyFromAmong("auto", "ru", "en");
        var config = new Option<string?>("--config", "-c") { HelpName = "file", Description = "Use this configuration file instead of the nearest messagelint.json." };
        var noMl = new Option<bool>("--no-ml") { Description = "Check with heuristics only, even when a classifier model is available." };
        var timings = new Option<bool>("--timings") { Description = "Print on stderr how long each rule and the sentence model took, slowest first." };
        var baseline = new Option<string?>("--baseline") { HelpName = "file", Description = "A previous SARIF report: report only findings not in it (SARIF baselineState)." };
        var shard = new Option<string?>("--shard") { HelpName = "i/n", Description = "Check only shard i of n (by message ID hash); combine shard JSON reports with `messagelint merge`." };
        var hours = new Option<string?>("--working-hours") { HelpName = "hh:mm-hh:mm", Description = "Your stated working hours for conversation metrics, within one day: 09:00-18:00, 9:30-18 or 9-18 (default 09:00-19:00; overnight ranges are not supported)." };
        var days = new Option<string?>("--working-days") { HelpName = "days", Description = "Your working days, e.g. mon-fri or mon,tue,thu (default mon-fri)." };
        var jobs = new Option<int>("--jobs", "-j") { HelpName = "n", Description = "Batches checked in parallel (default: all cores)." };
        var batchSize = new Option<int>("--batch-size") { HelpName = "n", Description = "Messages per engine call (default 256).", DefaultValueFactory = _ => 256 };
        var maxSize = new Option<long>("--max-size") { HelpName = "bytes", Description = "Largest draft file read from folders, in bytes (default 2 MB).", DefaultValueFactory = _ => Core.Text.DraftSize.DefaultMaxBytes, CustomParser = ByteCountParser.Parse };
        var progress = new Option<string>("--progress") { Description = "Progress on stderr: auto (only on a terminal), always, never.", DefaultValueFactory = _ => "auto" };
        progress.AcceptOnlyFromAmong("auto", "always", "never");
        var reports = new ReportOptions();

        var command = new Command("audit", "Audit a whole archive of messages — a Telegram channel or chat export, JSON Lines, CSV or folders of drafts — and write reports.")
        {
            inputs, inputFormat, exclude, textColumn, idColumn, dateColumn, authorColumn, author, fromId, chat, channel,
            profile, failOn, language, config, noMl, timings, baseline, shard, hours, days, jobs, batchSize, maxSize, progress,
        };
        reports.AddTo(command);
        command.SetAction(parseResult =>
        {
            var options = new AuditOptionsInput
            {
                Inputs = parseResult.GetValue(inputs) ?? [],
                InputFormat = parseResult.GetValue(inputFormat) ?? "auto",
                Excludes = parseResult.GetValue(exclude) ?? [],
                TextColumn = parseResult.GetValue(textColumn) ?? "text",
                IdColumn = parseResult.GetValue(idColumn) ?? "id",
                DateColumn = parseResult.GetValue(dateColumn) ?? "date",
                AuthorColumn = parseResult.GetValue(authorColumn) ?? "author",
                ChosenColumns = (parseResult.GetResult(idColumn) is { Implicit: false } ? ColumnFields.Id : ColumnFields.None)
                    | (parseResult.GetResult(dateColumn) is { Implicit: false } ? ColumnFields.Date : ColumnFields.None)
                    | (parseResult.GetResult(authorColumn) is { Implicit: false } ? ColumnFields.Author : ColumnFields.None),
                TextColumnChosen = parseResult.GetResult(textColumn) is { Implicit: false },
                Authors = parseResult.GetValue(author) ?? [],
                FromIds = parseResult.GetValue(fromId) ?? [],
                Chats = parseResult.GetValue(chat) ?? [],
                Channel = parseResult.GetValue(channel),
                Profile = parseResult.GetValue(profile),
                FailOn = SeverityNames.Parse(parseResult.GetValue(failOn)),
                Language = parseResult.GetValue(language) is { } lang and not "auto" ? MessageLanguageExtensions.ParseCode(lang) : null,
                ConfigPath = parseResult.GetValue(config),
                RuleAssemblies = parseResult.GetValue(reports.RuleAssemblies) ?? [],
                NoMl = parseResult.GetValue(noMl),
                Timings = parseResult.GetValue(timings),
                Json = parseResult.GetValue(reports.Json),
                Jsonl = parseResult.GetValue(reports.Jsonl),
                Sarif = parseResult.GetValue(reports.Sarif),
                Csv = parseResult.GetValue(reports.Csv),
                Html = parseResult.GetValue(reports.Html),
                ReportDir = parseResult.GetValue(reports.ReportDir),
                Top = parseResult.GetValue(reports.Top),
                Baseline = parseResult.GetValue(baseline),
                Shard = parseResult.GetValue(shard),
                WorkingHours = parseResult.GetValue(hours),
                WorkingDays = parseResult.GetValue(days),
                Jobs = parseResult.GetValue(jobs),
                BatchSize = parseResult.GetValue(batchSize),
                MaxSize = parseResult.GetValue(maxSize),
                Progress = parseResult.GetValue(progress) ?? "auto",
            };
            if (UnknownOptionGuard.Refuses(command, options.Inputs, environment))
            {
                return ExitCodes.UsageOrInputError;
            }

            return new AuditRunner(environment, options).Run();
        });
        return command;
    }
}
