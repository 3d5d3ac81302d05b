using System.Globalization;
using MessageLint.Core.Text;

namespace MessageLint.Core.Diagnostics;

/// <summary>Everything that describes a rule, independent of any message: its identity, texts, principle and defaults.</summary>
public sealed class RuleDescriptor
{
    /// <summary>Describes a rule; the help link defaults to <c>rules/&lt;ID&gt;.md</c>.</summary>
    public RuleDescriptor(
        string id,
        LocalizedText title,
        LocalizedText messageFormat,
        Principle principle,
        Severity defaultSeverity,
        bool isEnabledByDefault = true,
        IReadOnlyDictionary<string, Severity>? profileSeverities = null,
        string? helpUri = null,
        IReadOnlyList<string>? corpusLabels = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Principle = principle;
        DefaultSeverity = defaultSeverity;
        IsEnabledByDefault = isEnabledByDefault;
        ProfileSeverities = profileSeverities ?? new Dictionary<string, Severity>();
        HelpUri = helpUri ?? $"{HelpBaseUri}{id}.md";
        CorpusLabels = corpusLabels ?? [];
    }

    /// <summary>Where rule docs are published; links resolve in the repository.</summary>
    public const string HelpBaseUri = "https://github.com/messagelint/messagelint/blob/main/rules/";

    /// <summary>The rule ID, e.g. ML5001.</summary>
    public string Id { get; }

    /// <summary>A short title.</summary>
    public LocalizedText Title { get; }

    /// <summary>The message, with <c>{0}</c>-style placeholders for the diagnostic's arguments.</summary>
    public LocalizedText MessageFormat { get; }

    /// <summary>The principle the rule serves.</summary>
    public Principle Principle { get; }

    /// <summary>Severity when nothing overrides it.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>False for rules that only run when a profile or the configuration turns them on.</summary>
    public bool IsEnabledByDefault { get; }

    /// <summary>Severities the rule takes in named profiles (e.g. "kickoff" → warning).</summary>
    public IReadOnlyDictionary<string, Severity> ProfileSeverities { get; }

    /// <summary>Link to the rule's documentation.</summary>
    public string HelpUri { get; }

    /// <summary>
    /// Labels of the labelled corpus (rules/corpus) this rule detects, e.g. "vague-status"; evaluation
    /// counts a finding as correct when the item carries one of them, and the classifier's scores for
    /// them are the rule's model evidence.
    /// </summary>
    public IReadOnlyList<string> CorpusLabels { get; }

    /// <summary>Formats the message in a language with the given arguments.</summary>
    public string FormatMessage(MessageLanguage language, IReadOnlyList<object?> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var format = MessageFormat.Get(language);
        return arguments.Count == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, [.. arguments]);
    }

    /// <inheritdoc />
    public override string ToString() => Id;
}
