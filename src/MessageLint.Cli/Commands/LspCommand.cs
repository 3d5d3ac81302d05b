using System.CommandLine;
using MessageLint.Formats;
using MessageLint.LanguageServer;

namespace MessageLint.Cli.Commands;

/// <summary>
/// `messagelint lsp`: the language server over stdin and stdout, for editors. Stdout carries only
/// protocol frames, so everything else — logs, stray console output — goes to stderr.
/// </summary>
public static class LspCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var stdio = new Option<bool>("--stdio")
        {
            Description = "Talk over stdin and stdout (the only transport; accepted because editors pass it).",
        };
        var debounce = new Option<int>("--debounce")
        {
            HelpName = "ms",
            Description = "Milliseconds to wait after the last change before checking a draft.",
            DefaultValueFactory = _ => (int)LanguageServerOptions.DefaultDebounceDelay.TotalMilliseconds,
        };
        var rulesAssembly = new Option<string[]>("--rules-assembly")
        {
            HelpName = "file",
            Description = "Load extra rules from this .NET assembly (repeatable).",
        };
        var command = new Command("lsp", "Run the language server over stdin/stdout so editors show findings and quick fixes while you type.")
        {
            stdio, debounce, rulesAssembly,
        };
        command.SetAction(parseResult =>
        {
            var delay = parseResult.GetValue(debounce);
            if (delay < 0)
            {
                environment.Error.WriteLine("messagelint: error: --debounce must be zero or more milliseconds");
                return ExitCodes.UsageOrInputError;
            }

            if (environment.StandardOutputStream is not { } output)
            {
                environment.Error.WriteLine("messagelint: error: lsp needs the process's standard output stream");
                return ExitCodes.UsageOrInputError;
            }

            // Typing changes one sentence at a time, so the model's scores are kept for the others.
            var problems = new List<RunProblem>();
            var assemblies = (parseResult.GetValue(rulesAssembly) ?? []).Select(p => Path.GetFullPath(p, environment.CurrentDirectory));
            var engine = EngineFactory.Create(assemblies, problems, wrapClassifier: model => new CachingSentenceClassifier(model));
            foreach (var problem in problems)
            {
                environment.Error.WriteLine(CheckRunner.ProblemLine(problem));
            }

            if (problems.Count > 0)
            {
                return ExitCodes.UsageOrInputError;
            }

            // A stray Console.Write anywhere would corrupt the protocol stream.
            Console.SetOut(environment.Error);
            var options = new LanguageServerOptions
            {
                Engine = engine,
                DebounceDelay = TimeSpan.FromMilliseconds(delay),
                Log = environment.Error,
                Version = typeof(LspCommand).Assembly.GetName().Version?.ToString(3),
            };
            return LanguageServerHost.RunAsync(environment.StandardInput, output, options).GetAwaiter().GetResult();
        });
        return command;
    }
}
