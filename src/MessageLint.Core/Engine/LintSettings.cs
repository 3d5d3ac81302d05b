using System.Collections.Concurrent;
using MessageLint.Core.Configuration;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Text;

namespace MessageLint.Core.Engine;

/// <summary>
/// Configuration resolved for one run: the active profile, languages, fail level and the effective
/// severity of every rule. Later sources win: rule default, built-in profile, configured principle,
/// configured rule, then the active profile's principle and rule settings.
/// </summary>
public sealed class LintSettings
{
    private readonly ConcurrentDictionary<RuleDescriptor, Severity> _severities = new();
    private readonly List<ProfileConfiguration> _profileChain;

    /// <summary>Resolves settings from a configuration and command-line overrides.</summary>
    public LintSettings(
        LintConfiguration? configuration = null,
        string? profile = null,
        Severity? failOn = null,
        MessageLanguage? draftLanguage = null,
        MessageLanguage? messageLanguage = null,
        bool useClassifier = true)
    {
        UseClassifier = useClassifier;
        Configuration = configuration ?? LintConfiguration.Empty;
        Profile = profile ?? Configuration.Profile ?? BuiltInProfiles.ClientChat;
        FailOn = failOn ?? Configuration.FailOn ?? Severity.Warning;
        DraftLanguage = draftLanguage ?? Configuration.Language;
        MessageLanguage = messageLanguage ?? Configuration.MessageLanguage;
        (_profileChain, BaseProfile) = ResolveProfileChain(Configuration, Profile);
    }

    /// <summary>Built-in defaults.</summary>
    public static LintSettings Default { get; } = new();

    /// <summary>The configuration these settings came from.</summary>
    public LintConfiguration Configuration { get; }

    /// <summary>The active profile.</summary>
    public string Profile { get; }

    /// <summary>The built-in profile the active one derives from (itself when built in), or null.</summary>
    public string? BaseProfile { get; }

    /// <summary>The lowest severity that fails a run.</summary>
    public Severity FailOn { get; }

    /// <summary>A forced draft language, or null to identify it.</summary>
    public MessageLanguage? DraftLanguage { get; }

    /// <summary>A forced language for messages, or null to follow each sentence.</summary>
    public MessageLanguage? MessageLanguage { get; }

    /// <summary>False to run on heuristics only even when a model is loaded (<c>--no-ml</c>).</summary>
    public bool UseClassifier { get; }

    /// <summary>The effective severity of a rule; <see cref="Severity.None"/> means it does not run.</summary>
    public Severity GetSeverity(RuleDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        // Looked up first: passing the method group to GetOrAdd would allocate a delegate on every call.
        return _severities.TryGetValue(descriptor, out var severity) ? severity : _severities.GetOrAdd(descriptor, Resolve(descriptor));
    }

    /// <summary>True when the profile is known: built in, or defined in the configuration.</summary>
    public bool IsKnownProfile => BaseProfile is not null || Configuration.Profiles.ContainsKey(Profile);

    private Severity Resolve(RuleDescriptor descriptor)
    {
        var severity = descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity : Severity.None;
        if (Configuration.CustomRules.TryGetValue(descriptor.Id, out var custom))
        {
            // A custom rule runs only for drafts whose configuration defines it, at the severity it sets.
            severity = custom.Severity;
        }

        if (BaseProfile is not null && descriptor.ProfileSeverities.TryGetValue(BaseProfile, out var fromProfile))
        {
            severity = fromProfile;
        }

        if (Configuration.Principles.TryGetValue(descriptor.Principle, out var fromPrinciple))
        {
            severity = fromPrinciple;
        }

        if (Configuration.Rules.TryGetValue(descriptor.Id, out var fromRule))
        {
            severity = fromRule;
        }

        // The chain runs from the root profile to the active one, so the active profile wins.
        foreach (var profile in _profileChain)
        {
            if (profile.Principles.TryGetValue(descriptor.Principle, out var p))
            {
                severity = p;
            }

            if (profile.Rules.TryGetValue(descriptor.Id, out var r))
            {
                severity = r;
            }
        }

        return severity;
    }

    private static (List<ProfileConfiguration> Chain, string? BaseProfile) ResolveProfileChain(LintConfiguration configuration, string profile)
    {
        var chain = new List<ProfileConfiguration>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var current = profile;
        while (current is not null && seen.Add(current))
        {
            if (configuration.Profiles.TryGetValue(current, out var configured))
            {
                chain.Insert(0, configured);
                if (configured.Extends is null)
                {
                    return (chain, BuiltInProfiles.IsBuiltIn(current) ? current.ToLowerInvariant() : null);
                }

                current = configured.Extends;
            }
            else
            {
                return (chain, BuiltInProfiles.IsBuiltIn(current) ? current.ToLowerInvariant() : null);
            }
        }

        return (chain, null);
    }
}
