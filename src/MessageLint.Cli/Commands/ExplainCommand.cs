using System.CommandLine;
using MessageLint.Core.Diagnostics;
using MessageLint.Rules.Infrastructure;

namespace MessageLint.Cli.Commands;

/// <summary>
/// `messagelint explain ML5001`: prints a rule's documentation, embedded in the tool; a custom rule or a
/// rule pack's rule from the configuration `check` would use is described from its definition.
/// </summary>
public static class ExplainCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var id = new Argument<string>("rule-id") { Description = "A rule ID such as ML5001, or a custom rule's such as MLU001." };
        var config = new Option<string?>("--config", "-c")
        {
            HelpName = "file",
            Description = "Take custom rules and rule assemblies from this configuration instead of the nearest messagelint.json.",
        };
        var command = new Command("explain", "Print a rule's explanation: why it matters, how to fix, examples.") { id, config };
        command.SetAction(parseResult =>
        {
            var ruleId = parseResult.GetValue(id)!.Trim().ToUpperInvariant();
            var catalogue = RuleCatalogue.Load(parseResult.GetValue(config), environment);
            if (catalogue.Problems.Count > 0)
            {
                foreach (var problem in catalogue.Problems)
                {
                    environment.Error.WriteLine(CheckRunner.ProblemLine(problem));
                }

                return ExitCodes.UsageOrInputError;
            }

            var descriptor = catalogue.Engine.FindDescriptor(ruleId);
            if (descriptor is not null && catalogue.CustomRules.TryGetValue(ruleId, out var custom))
            {
                environment.Output.Write(RuleExplanation.OfCustomRule(custom, catalogue.ConfigurationPath!));
                return ExitCodes.Clean;
            }

            if (descriptor is not null)
            {
                var doc = EmbeddedRuleResources.ReadDoc(ruleId) ?? RuleExplanation.OfDescriptor(descriptor);
                environment.Output.Write(doc.EndsWith('\n') ? doc : doc + "\n");
                return ExitCodes.Clean;
            }

            environment.Error.WriteLine($"messagelint: error: unknown rule '{ruleId}'{UnknownRuleHint(ruleId, catalogue)}");
            return ExitCodes.UsageOrInputError;
        });
        return command;
    }

    private static string UnknownRuleHint(string ruleId, RuleCatalogue catalogue)
    {
        if (ruleId.StartsWith("MLU", StringComparison.Ordinal))
        {
            return catalogue.ConfigurationPath is { } path
                ? $"; {path} defines no such custom rule"
                : "; custom rules come from messagelint.json, and none was found here (name one with --config)";
        }

        var near = catalogue.Engine.Descriptors
            .Where(d => d.Principle != Principle.Engine && d.Id[..3] == (ruleId.Length >= 3 ? ruleId[..3] : ruleId))
            .Select(d => d.Id)
            .ToList();
        return near.Count > 0 ? $"; rules of that principle: {string.Join(", ", near)}" : "; 'messagelint rules' lists them";
    }
}
