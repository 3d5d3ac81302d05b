using System.CommandLine;
using System.Text.Json;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Text;

namespace MessageLint.Cli.Commands;

/// <summary>`messagelint rules`: the rule catalogue, optionally for one principle.</summary>
public static class RulesCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var principle = new Option<string?>("--principle")
        {
            Description = "Only this principle: 1–7 or a key such as no-badmouthing.",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text or json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var config = new Option<string?>("--config", "-c")
        {
            HelpName = "file",
            Description = "Take custom rules and rule assemblies from this configuration instead of the nearest messagelint.json.",
        };
        var command = new Command("rules", "List the rules by principle, with their default severity, and the custom rules and rule packs of the configuration.") { principle, format, config };
        command.SetAction(parseResult =>
        {
            Principle? filter = null;
            if (parseResult.GetValue(principle) is { } value)
            {
                filter = PrincipleInfo.Parse(value);
                if (filter is null)
                {
                    environment.Error.WriteLine($"messagelint: error: '{value}' is not a principle; use 1–7 or one of {string.Join(", ", PrincipleInfo.All.Select(p => p.Key()))}");
                    return ExitCodes.UsageOrInputError;
                }
            }

            var catalogue = RuleCatalogue.Load(parseResult.GetValue(config), environment);
            if (catalogue.Problems.Count > 0)
            {
                foreach (var problem in catalogue.Problems)
                {
                    environment.Error.WriteLine(CheckRunner.ProblemLine(problem));
                }

                return ExitCodes.UsageOrInputError;
            }

            var descriptors = catalogue.Engine.Descriptors
                .Where(d => d.Principle != Principle.Engine && (filter is null || d.Principle == filter))
                .OrderBy(d => d.Id, StringComparer.Ordinal)
                .ToList();
            if (parseResult.GetValue(format) == "json")
            {
                WriteJson(environment.Output, descriptors, catalogue);
            }
            else
            {
                WriteText(environment.Output, descriptors, catalogue);
            }

            return ExitCodes.Clean;
        });
        return command;
    }

    private static void WriteText(TextWriter output, List<RuleDescriptor> descriptors, RuleCatalogue catalogue)
    {
        foreach (var group in descriptors.GroupBy(d => d.Principle))
        {
            output.WriteLine($"{(int)group.Key} — {group.Key.Title().English} ({group.Key.Key()})");
            foreach (var descriptor in group)
            {
                if (catalogue.CustomRules.TryGetValue(descriptor.Id, out var custom))
                {
                    output.WriteLine($"  {descriptor.Id}  {custom.Severity.ToName(),-7}  {custom.Message} [custom rule, {catalogue.ConfigurationPath}]");
                    continue;
                }

                var severity = descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity.ToName() : "off";
                var profiles = descriptor.ProfileSeverities.Count == 0
                    ? string.Empty
                    : " [" + string.Join(", ", descriptor.ProfileSeverities.Select(p => $"{p.Key}: {p.Value.ToName()}")) + "]";
                output.WriteLine($"  {descriptor.Id}  {severity,-7}  {descriptor.Title.English}{profiles}");
            }

            output.WriteLine();
        }

        output.WriteLine("Run 'messagelint explain <ID>' for a rule's explanation and examples.");
    }

    private static void WriteJson(TextWriter output, List<RuleDescriptor> descriptors, RuleCatalogue catalogue)
    {
        // A custom rule runs wherever its configuration governs, so it is enabled there, and its message is the definition's.
        var rules = descriptors.Select(d => catalogue.CustomRules.TryGetValue(d.Id, out var custom) ? new
        {
            id = d.Id,
            title = d.Title.English,
            titleRu = d.Title.Russian,
            principle = (int)d.Principle,
            principleKey = d.Principle.Key(),
            defaultSeverity = custom.Severity.ToName(),
            enabledByDefault = true,
            profiles = new Dictionary<string, string>(),
            helpUri = d.HelpUri,
            message = custom.Message,
        } : new
        {
            id = d.Id,
            title = d.Title.English,
            titleRu = d.Title.Russian,
            principle = (int)d.Principle,
            principleKey = d.Principle.Key(),
            defaultSeverity = d.DefaultSeverity.ToName(),
            enabledByDefault = d.IsEnabledByDefault,
            profiles = d.ProfileSeverities.ToDictionary(p => p.Key, p => p.Value.ToName()),
            helpUri = d.HelpUri,
            message = d.MessageFormat.Get(MessageLanguage.English),
        });
        output.WriteLine(JsonSerializer.Serialize(rules, CliJson.Indented));
    }
}
