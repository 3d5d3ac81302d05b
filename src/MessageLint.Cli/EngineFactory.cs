using System.Reflection;
using System.Runtime.Loader;
using MessageLint.Classifier;
using MessageLint.Classifier.Model;
using MessageLint.Core;
using MessageLint.Core.Classification;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Formats;
using MessageLint.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace MessageLint.Cli;

/// <summary>
/// Builds the engine from the built-in rules plus rule assemblies the user named (and only those),
/// with the embedded sentence model unless the run asked for heuristics only. The model itself
/// loads on the first sentence scored, so commands that score nothing never pay for it.
/// </summary>
public static class EngineFactory
{
    /// <summary>Creates the engine; assemblies that fail to load become ML0005 problems.</summary>
    public static LintEngine Create(IEnumerable<string> ruleAssemblies, List<RunProblem> problems, bool useClassifier = true)
    {
        ArgumentNullException.ThrowIfNull(ruleAssemblies);
        ArgumentNullException.ThrowIfNull(problems);
        var services = new ServiceCollection();
        if (useClassifier && EmbeddedModel.IsAvailable)
        {
            services.AddSingleton<ISentenceClassifier>(SentenceClassifier.Embedded);
        }

        services.AddBuiltInRules();
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
