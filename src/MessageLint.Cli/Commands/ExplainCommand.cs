using System.CommandLine;
using MessageLint.Core.Diagnostics;
using MessageLint.Formats;
using MessageLint.Rules.Infrastructure;

namespace MessageLint.Cli.Commands;

/// <summary>`messagelint explain ML5001`: prints a rule's documentation, embedded in the tool.</summary>
public static class ExplainCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var id = new Argument<string>("rule-id") { Description = "A rule ID such as ML5001." };
        var command = new Command("explain", "Print a rule's explanation: why it matters, how to fix, examples.") { id };
        command.SetAction(parseResult =>
        {
            var ruleId = parseResult.GetValue(id)!.Trim().ToUpperInvariant();
            var engine = EngineFactory.Create([], new List<RunProblem>());
            var descriptor = engine.FindDescriptor(ruleId);
            var doc = descriptor is null ? null : EmbeddedRuleResources.ReadDoc(ruleId);
            if (descriptor is null || doc is null)
            {
                var near = engine.Descriptors
                    .Where(d => d.Principle != Principle.Engine && d.Id[..3] == (ruleId.Length >= 3 ? ruleId[..3] : ruleId))
                    .Select(d => d.Id)
                    .ToList();
                var hint = near.Count > 0 ? $"; rules of that principle: {string.Join(", ", near)}" : "; 'messagelint rules' lists them";
                environment.Error.WriteLine($"messagelint: error: unknown rule '{ruleId}'{hint}");
                return ExitCodes.UsageOrInputError;
            }

            environment.Output.Write(doc.EndsWith('\n') ? doc : doc + "\n");
            return ExitCodes.Clean;
        });
        return command;
    }
}
