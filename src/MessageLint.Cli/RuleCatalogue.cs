using MessageLint.Core.Configuration;
using MessageLint.Core.Engine;
using MessageLint.Formats;

namespace MessageLint.Cli;

/// <summary>
/// The rules `rules` and `explain` describe: the built-in ones and those a configuration brings (custom
/// phrase rules, rule assemblies), with the configuration found as `check` finds it — <c>--config</c>, or
/// the nearest messagelint.json above the current folder — so a rule `check` reports can be listed and explained.
/// </summary>
public sealed class RuleCatalogue
{
    private RuleCatalogue(LintEngine engine, IReadOnlyDictionary<string, CustomRuleDefinition> customRules, string? configurationPath, IReadOnlyList<RunProblem> problems)
    {
        Engine = engine;
        CustomRules = customRules;
        ConfigurationPath = configurationPath;
        Problems = problems;
    }

    /// <summary>An engine with every rule the configuration brings, for its descriptors.</summary>
    public LintEngine Engine { get; }

    /// <summary>The configuration's custom phrase rules by ID.</summary>
    public IReadOnlyDictionary<string, CustomRuleDefinition> CustomRules { get; }

    /// <summary>The configuration file as shown to the user, or null when none applies.</summary>
    public string? ConfigurationPath { get; }

    /// <summary>Why the configuration or its rule assemblies could not be used; empty when they could.</summary>
    public IReadOnlyList<RunProblem> Problems { get; }

    /// <summary>Loads the catalogue for <paramref name="configOption"/> (null to search from the current folder).</summary>
    public static RuleCatalogue Load(string? configOption, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var problems = new List<RunProblem>();
        var path = configOption is null
            ? ConfigurationLoader.Find(environment.CurrentDirectory)
            : Path.GetFullPath(configOption, environment.CurrentDirectory);
        var configured = ConfiguredRules.Read(path);
        var engine = EngineFactory.Create(configured.RuleAssemblies, configured.CustomRules, problems);
        var shownPath = path is null ? null : DisplayPath(path, environment.CurrentDirectory);
        if (path is not null)
        {
            var knownIds = engine.Descriptors.Select(d => d.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var error in ConfigurationLoader.Load(path, knownIds).Errors)
            {
                problems.Add(new RunProblem(error.Descriptor, DisplayPath(error.Path, environment.CurrentDirectory), error.Message, error.Position));
            }
        }

        var customRules = configured.CustomRules.ToDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase);
        return new RuleCatalogue(engine, customRules, shownPath, problems);
    }

    private static string DisplayPath(string fullPath, string currentDirectory)
    {
        var relative = Path.GetRelativePath(currentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative;
    }
}
