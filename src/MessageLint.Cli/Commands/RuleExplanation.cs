using System.Globalization;
using System.Text;
using MessageLint.Core.Configuration;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Text;

namespace MessageLint.Cli.Commands;

/// <summary>
/// What `explain` prints for a rule that ships no documentation page: a custom rule is described by its
/// definition in the configuration (its message is all the explanation a team wrote), a rule pack's rule by
/// its descriptor, in the shape of the built-in rule docs.
/// </summary>
public static class RuleExplanation
{
    /// <summary>The explanation of a custom phrase rule defined in <paramref name="configurationPath"/>.</summary>
    public static string OfCustomRule(CustomRuleDefinition rule, string configurationPath)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# {rule.Id}: {rule.Message}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"A custom rule from {configurationPath} (customRules); its findings say \"{rule.Message}\".\n\n");
        text.Append("| | |\n|---|---|\n");
        text.Append(CultureInfo.InvariantCulture, $"| Principle | {Principle(rule.Principle)} |\n");
        text.Append(CultureInfo.InvariantCulture, $"| Severity | {rule.Severity.ToName()} |\n");
        text.Append(CultureInfo.InvariantCulture, $"| Languages | {string.Join(", ", rule.Languages.Order().Select(l => l.ToCode()))} |\n");
        text.Append(CultureInfo.InvariantCulture, $"| Pattern | `{rule.Pattern}` (case-insensitive, ё = е) |\n\n");
        text.Append(CultureInfo.InvariantCulture, $"How custom rules work, and how to configure or suppress them: {Rules.Custom.CustomPhraseRule.HelpUri}\n");
        return text.ToString();
    }

    /// <summary>The explanation of a rule known only by its descriptor, such as one from a rule assembly.</summary>
    public static string OfDescriptor(RuleDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# {descriptor.Id}: {descriptor.Title.English}\n\n");
        text.Append("| | |\n|---|---|\n");
        text.Append(CultureInfo.InvariantCulture, $"| Principle | {Principle(descriptor.Principle)} |\n");
        text.Append(CultureInfo.InvariantCulture, $"| Severity | {(descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity.ToName() : "off")} |\n");
        text.Append(CultureInfo.InvariantCulture, $"| Message | {descriptor.MessageFormat.Get(MessageLanguage.English)} |\n\n");
        text.Append(CultureInfo.InvariantCulture, $"More: {descriptor.HelpUri}\n");
        return text.ToString();
    }

    private static string Principle(Principle principle) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)principle} — {principle.Title().English} ({principle.Key()})");
}
