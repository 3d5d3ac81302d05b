using MessageLint.Classifier;
using MessageLint.Classifier.Model;
using MessageLint.Core;
using MessageLint.Core.Classification;
using MessageLint.Core.Configuration;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Formats;
using MessageLint.Rules;
using MessageLint.Rules.Custom;
using Microsoft.Extensions.DependencyInjection;

namespace MessageLint.Cli;

/// <summary>
/// Builds the engine from the built-in rules plus rule assemblies the user named (and only those),
/// with the embedded sentence model unless the run asked for heuristics only. The model starts loading
/// in the background as soon as the engine is asked for with it; with --no-ml it never loads.
/// </summary>
public static class EngineFactory
{
    /// <summary>Creates the engine; assemblies that fail to load become ML0005 problems.</summary>
    public static LintEngine Create(IEnumerable<string> ruleAssemblies, List<RunProblem> problems, bool useClassifier = true, Func<ISentenceClassifier, ISentenceClassifier>? wrapClassifier = null)
        => Create(ruleAssemblies, [], problems, useClassifier, wrapClassifier);

    /// <summary>
    /// Creates the engine with the custom phrase rules of the configurations in use; assemblies that fail
    /// to load become ML0005 problems. <paramref name="wrapClassifier"/> lets a long-running host put
    /// something around the model, such as the language server's score cache.
    /// </summary>
    public static LintEngine Create(IEnumerable<string> ruleAssemblies, IEnumerable<CustomRuleDefinition> customRules, List<RunProblem> problems, bool useClassifier = true, Func<ISentenceClassifier, ISentenceClassifier>? wrapClassifier = null)
    {
        ArgumentNullException.ThrowIfNull(ruleAssemblies);
        ArgumentNullException.ThrowIfNull(customRules);
        ArgumentNullException.ThrowIfNull(problems);
        var services = new ServiceCollection();
        if (useClassifier && EmbeddedModel.IsAvailable)
        {
            var embedded = SentenceClassifier.Embedded;

            // The model loads on the other core while the rules load their word lists here: a one-draft
            // check waits for the slower of the two instead of both.
            _ = Task.Run(() => embedded.Model);
            ISentenceClassifier classifier = embedded;
            services.AddSingleton(wrapClassifier?.Invoke(classifier) ?? classifier);
        }

        services.AddBuiltInRules().AddCustomRules(customRules);
        foreach (var path in ruleAssemblies.Distinct(StringComparer.Ordinal))
        {
            if (!services.TryAddRulesFromFile(path, out var error))
            {
                problems.Add(new RunProblem(EngineDiagnostics.RuleAssemblyLoadFailed, path, error!));
            }
        }

        return services.BuildServiceProvider().GetRequiredService<LintEngine>();
    }
}
