using System.Runtime.CompilerServices;
using MessageLint.Core;
using MessageLint.Core.Classification;
using MessageLint.Core.Configuration;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Rules.Custom;
using Microsoft.Extensions.DependencyInjection;

namespace MessageLint.LanguageServer;

/// <summary>
/// Builds, once per loaded configuration, the engine for a <c>messagelint.json</c> that brings its
/// own rules, so the editor checks a draft with the same rules <c>messagelint check</c> would. Entries
/// are keyed by the configuration object, which the configuration cache replaces when the file
/// changes, so an edited file gets a new engine and the old one is collected. Rules share the server's
/// sentence model (and its score cache).
/// </summary>
internal sealed class ConfiguredEngineCache
{
    private readonly ConditionalWeakTable<LintConfiguration, ConfiguredEngine> _engines = [];
    private readonly ConfiguredEngine _serverEngine;

    public ConfiguredEngineCache(LintEngine serverEngine)
    {
        _serverEngine = new ConfiguredEngine(serverEngine, IdsOf(serverEngine), []);
    }

    /// <summary>The server's own engine, for drafts with no configuration of their own rules.</summary>
    public ConfiguredEngine Server => _serverEngine;

    /// <summary>
    /// The engine for a configuration; rule assemblies load only when <paramref name="loadRuleAssemblies"/>
    /// (the editor trusts the workspace), and otherwise are a problem that names the setting.
    /// </summary>
    public ConfiguredEngine For(LintConfiguration configuration, string configurationPath, bool loadRuleAssemblies)
    {
        if (configuration.RuleAssemblies.Count == 0 && configuration.CustomRules.Count == 0)
        {
            return _serverEngine;
        }

        if (configuration.RuleAssemblies.Count > 0 && !loadRuleAssemblies)
        {
            // Not cached: trusting the workspace later must not need a restart.
            return _serverEngine with
            {
                Problems = [new ConfigurationError(
                    EngineDiagnostics.RuleAssemblyLoadFailed,
                    configurationPath,
                    "\"ruleAssemblies\" are code, and this editor has not trusted the workspace (setting loadRuleAssemblies is false), so they are not loaded",
                    null)],
            };
        }

        return _engines.GetValue(configuration, c => Build(c, configurationPath));
    }

    private ConfiguredEngine Build(LintConfiguration configuration, string configurationPath)
    {
        var server = _serverEngine.Engine;
        var services = new ServiceCollection();
        if (server.Classifier is { } classifier)
        {
            services.AddSingleton<ISentenceClassifier>(classifier);
        }

        services.AddCustomRules(configuration.CustomRules.Values);
        var problems = new List<ConfigurationError>();
        foreach (var path in configuration.RuleAssemblies.Distinct(StringComparer.Ordinal))
        {
            if (!services.TryAddRulesFromFile(path, out var error))
            {
                problems.Add(new ConfigurationError(EngineDiagnostics.RuleAssemblyLoadFailed, configurationPath, $"{path} {error}", null));
            }
        }

        if (problems.Count > 0)
        {
            return _serverEngine with { Problems = problems };
        }

        // A pack the server already loaded (lsp --rules-assembly) is not added twice.
        var loadedTypes = server.Rules.Select(r => r.GetType()).ToHashSet();
        var extra = services.BuildServiceProvider().GetServices<MessageRule>().Where(r => !loadedTypes.Contains(r.GetType()));
        try
        {
            var engine = new LintEngine(server.Rules.Concat(extra), server.Classifier);
            return new ConfiguredEngine(engine, IdsOf(engine), []);
        }
        catch (InvalidOperationException ex)
        {
            // Two rules declaring one ID: the engine refuses, as it does in messagelint check.
            return _serverEngine with { Problems = [new ConfigurationError(EngineDiagnostics.RuleAssemblyLoadFailed, configurationPath, ex.Message, null)] };
        }
    }

    private static HashSet<string> IdsOf(LintEngine engine) => engine.Descriptors.Select(d => d.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
}
