using System.Reflection;
using System.Runtime.Loader;
using MessageLint.Core;
using MessageLint.Core.Configuration;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Formats;
using MessageLint.Rules;
using MessageLint.Rules.Custom;
using Microsoft.Extensions.DependencyInjection;

namespace MessageLint.Cli;

/// <summary>Builds the engine from the built-in rules plus rule assemblies the user named (and only those).</summary>
public static class EngineFactory
{
    /// <summary>Creates the engine; assemblies that fail to load become ML0005 problems.</summary>
    public static LintEngine Create(IEnumerable<string> ruleAssemblies, List<RunProblem> problems)
        => Create(ruleAssemblies, [], problems);

    /// <summary>Creates the engine with the custom phrase rules of the configurations in use; assemblies that fail to load become ML0005 problems.</summary>
    public static LintEngine Create(IEnumerable<string> ruleAssemblies, IEnumerable<CustomRuleDefinition> customRules, List<RunProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(ruleAssemblies);
        ArgumentNullException.ThrowIfNull(customRules);
        ArgumentNullException.ThrowIfNull(problems);
        var services = new ServiceCollection().AddBuiltInRules().AddCustomRules(customRules);
        foreach (var path in ruleAssemblies.Distinct(StringComparer.Ordinal))
        {
            try
            {
                var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(Path.GetFullPath(path));
                services.AddRulesFrom(assembly);
            }
            catch (Exception ex) when (ex is IOException or BadImageFormatException or ArgumentException or ReflectionTypeLoadException or FileLoadException)
            {
                problems.Add(new RunProblem(EngineDiagnostics.RuleAssemblyLoadFailed, path, ex is BadImageFormatException ? "is not a .NET assembly" : ex.Message));
            }
        }

        return services.BuildServiceProvider().GetRequiredService<LintEngine>();
    }
}
