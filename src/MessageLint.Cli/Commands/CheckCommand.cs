using System.CommandLine;
using MessageLint.Core.Configuration;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Text;

namespace MessageLint.Cli.Commands;

/// <summary>`messagelint check`: lint drafts given as text, files, folders, globs or stdin.</summary>
public static class CheckCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files, folders (.md, .txt, .eml inside), globs such as 'drafts/**/*.md', or - for stdin. "
                + "With none, reads stdin, asking for a paste when stdin is a terminal.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var text = new Option<string[]>("--text", "-t")
        {
            HelpName = "text",
            Description = "Check this text as a draft (repeatable).",
            AllowMultipleArgumentsPerToken = false,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Report format: text (compiler style), line (one line per finding), json, sarif.",
            DefaultValueFactory = _ => OutputFormat.Text,
        };
        format.AcceptOnlyFromAmong(OutputFormat.All);
        var profile = new Option<string?>("--profile", "-p")
        {
            HelpName = "name",
            Description = $"Profile: {string.Join(", ", BuiltInProfiles.Names)}, or one defined in messagelint.json (default: client-chat).",
        };
        var failOn = new Option<string?>("--fail-on")
        {
            Description = "Exit with 1 when a finding is at or above this severity: error, warning, info, hidden (the same as info, as hidden findings are not counted), none (default: warning).",
        };
        failOn.AcceptOnlyFromAmong("error", "warning", "info", "hidden", "none");
        var language = new Option<string?>("--lang")
        {
            Description = "Language of the drafts: auto identifies it per sentence and skips other languages; ru or en takes every sentence as that language and writes messages in it (word lists of the other language still apply to text in its script).",
        };
        language.AcceptOnlyFromAmong("auto", "ru", "en");
        var config = new Option<string?>("--config", "-c")
        {
            HelpName = "file",
            Description = "Use this configuration file instead of the nearest messagelint.json.",
        };
        var output = new Option<string?>("--output", "-o")
        {
            HelpName = "file",
            Description = "Write the report to this file instead of stdout.",
        };
        var color = new Option<string>("--color")
        {
            Description = "Colour in text output: auto (only on a terminal, honouring NO_COLOR), always, never.",
            DefaultValueFactory = _ => "auto",
        };
        color.AcceptOnlyFromAmong("auto", "always", "never");
        var fix = new Option<bool>("--fix")
        {
            Description = "Apply fixes that need no human choice (\"!!!\" → \".\", capitals → normal case) to files in place; "
                + "for stdin or --text, print the fixed draft to stdout and the report to stderr.",
        };
        var inputType = new Option<string>("--input-type")
        {
            Description = "How to read drafts: auto (Markdown for .md/.markdown, text otherwise), text, markdown.",
            DefaultValueFactory = _ => "auto",
        };
        inputType.AcceptOnlyFromAmong("auto", "text", "markdown");
        var maxSize = new Option<long>("--max-size")
        {
            HelpName = "bytes",
            Description = "Largest draft to read, in bytes (default 2 MB).",
            DefaultValueFactory = _ => DraftSize.DefaultMaxBytes,
            CustomParser = ByteCountParser.Parse,
        };
        var rulesAssembly = new Option<string[]>("--rules-assembly")
        {
            HelpName = "file",
            Description = "Load extra rules from this .NET assembly (repeatable). Nothing else is ever loaded.",
        };

        var noMl = new Option<bool>("--no-ml")
        {
            Description = "Run on word lists and patterns only, without the sentence model: faster start, no model evidence.",
        };

        var timings = new Option<bool>("--timings")
        {
            Description = "Print on stderr how long each rule and the sentence model took, slowest first.",
        };

        var command = new Command("check", "Check drafts of messages to clients and report what to fix before sending.")
        {
            inputs, text, format, profile, failOn, language, config, output, color, fix, inputType, maxSize, rulesAssembly, noMl, timings,
        };
        command.SetAction(parseResult =>
        {
            var options = new CheckOptions
            {
                Inputs = parseResult.GetValue(inputs) ?? [],
                Texts = parseResult.GetValue(text) ?? [],
                Format = parseResult.GetValue(format) ?? OutputFormat.Text,
                Profile = parseResult.GetValue(profile),
                FailOn = SeverityNames.Parse(parseResult.GetValue(failOn)),
                Language = parseResult.GetValue(language) is { } lang and not "auto" ? MessageLanguageExtensions.ParseCode(lang) : null,
                ConfigPath = parseResult.GetValue(config),
                OutputPath = parseResult.GetValue(output),
                Color = parseResult.GetValue(color) ?? "auto",
                Fix = parseResult.GetValue(fix),
                InputType = parseResult.GetValue(inputType) ?? "auto",
                MaxBytes = parseResult.GetValue(maxSize),
                RuleAssemblies = parseResult.GetValue(rulesAssembly) ?? [],
                NoMl = parseResult.GetValue(noMl),
                Timings = parseResult.GetValue(timings),
            };
            if (UnknownOptionGuard.Refuses(command, options.Inputs, environment))
            {
                return ExitCodes.UsageOrInputError;
            }

            return new CheckRunner(environment, options).Run();
        });
        return command;
    }
}
