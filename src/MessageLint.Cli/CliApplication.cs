using System.CommandLine;
using MessageLint.Cli.Commands;

namespace MessageLint.Cli;

/// <summary>
/// The `messagelint` command line. Parse errors and unexpected failures exit with 2 and one clear
/// line on stderr — System.CommandLine's default would exit with 1, the code for findings.
/// </summary>
public static class CliApplication
{
    /// <summary>Runs the command line and returns the exit code.</summary>
    public static int Run(string[] args, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var root = BuildRootCommand(environment);
        ParseResult parseResult;
        try
        {
            parseResult = root.Parse(args);
        }
        catch (Exception ex)
        {
            environment.Error.WriteLine($"messagelint: error: {ex.Message}");
            return ExitCodes.UsageOrInputError;
        }

        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                environment.Error.WriteLine($"messagelint: error: {error.Message}");
            }

            var command = parseResult.CommandResult.Command;
            var path = command == root ? "messagelint" : $"messagelint {command.Name}";
            environment.Error.WriteLine($"Run '{path} --help' for usage.");
            return ExitCodes.UsageOrInputError;
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration
            {
                Output = environment.Output,
                Error = environment.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception ex)
        {
            environment.Error.WriteLine($"messagelint: internal error: {ex.GetType().Name}: {ex.Message}");
            environment.Error.WriteLine("This is a bug in MessageLint; please report it with the input that caused it.");
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("MESSAGELINT_DEBUG")))
            {
                environment.Error.WriteLine(ex.ToString());
            }

            return ExitCodes.UsageOrInputError;
        }
    }

    /// <summary>The full command tree.</summary>
    public static RootCommand BuildRootCommand(CliEnvironment environment)
    {
        var root = new RootCommand(
            "MessageLint checks messages to clients against seven principles of working with clients: "
            + "ask before you start, propose instead of obeying, never badmouth clients, keep status predictable, "
            + "recommend instead of asking, state your rules up front, raise problems directly and delicately.");
        root.Add(CheckCommand.Create(environment));
        root.Add(RulesCommand.Create(environment));
        root.Add(ExplainCommand.Create(environment));
        root.Add(EvaluateCommand.Create(environment));
        root.Add(TrainCommand.Create(environment));
        root.Add(LspCommand.Create(environment));
        root.Add(AuditCommand.Create(environment));
        root.Add(MergeCommand.Create(environment));
        return root;
    }
}
