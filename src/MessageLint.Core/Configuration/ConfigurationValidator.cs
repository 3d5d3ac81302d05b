using System.Text.Json;
using System.Text.RegularExpressions;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Text;

namespace MessageLint.Core.Configuration;

/// <summary>Turns a parsed configuration tree into a <see cref="LintConfiguration"/>, collecting every error with its position.</summary>
internal sealed partial class ConfigurationValidator(string path, LineMap lines, List<ConfigurationError> errors, ISet<string>? knownRuleIds)
{
    private static readonly string[] CustomRuleKeys = ["id", "pattern", "message", "principle", "severity", "languages"];

    private readonly HashSet<string> _customRuleIds = new(StringComparer.OrdinalIgnoreCase);

    public void ReadRoot(JsonConfigNode root, LintConfiguration configuration)
    {
        if (root.Kind != JsonTokenType.StartObject)
        {
            Error(root.Offset, $"the configuration must be a JSON object, not {root.Describe()}");
            return;
        }

        // Custom rules come first so "rules" and profiles can name them wherever they stand in the file.
        foreach (var property in root.Properties.Where(p => p.Name == "customRules"))
        {
            ReadCustomRules(property.Value, configuration);
        }

        foreach (var property in root.Properties)
        {
            switch (property.Name)
            {
                case "$schema":
                case "customRules":
                    break;
                case "profile":
                    configuration.Profile = ReadString(property);
                    break;
                case "language":
                    configuration.Language = ReadLanguage(property);
                    break;
                case "messageLanguage":
                    configuration.MessageLanguage = ReadLanguage(property);
                    break;
                case "failOn":
                    configuration.FailOn = ReadSeverity(property.Value, property.Name);
                    break;
                case "rules":
                    ReadRuleSeverities(property.Value, configuration.Rules);
                    break;
                case "principles":
                    ReadPrincipleSeverities(property.Value, configuration.Principles);
                    break;
                case "profiles":
                    ReadProfiles(property.Value, configuration);
                    break;
                case "ruleAssemblies":
                    ReadAssemblies(property.Value, configuration);
                    break;
                default:
                    Error(property.NameOffset, $"unknown setting '{property.Name}'{Suggest(property.Name, ConfigurationLoader.AllowedTopLevelKeys)}");
                    break;
            }
        }

        if (configuration.Profile is { } profile && !BuiltInProfiles.IsBuiltIn(profile) && !configuration.Profiles.ContainsKey(profile))
        {
            var node = root.Properties.First(p => p.Name == "profile").Value;
            Error(node.Offset, $"unknown profile '{profile}'; built-in profiles are {string.Join(", ", BuiltInProfiles.Names)}, or define it under \"profiles\"");
        }
    }

    private string? ReadString(JsonConfigProperty property)
    {
        if (property.Value.Kind != JsonTokenType.String)
        {
            Error(property.Value.Offset, $"'{property.Name}' must be a string, not {property.Value.Describe()}");
            return null;
        }

        return property.Value.StringValue;
    }

    private MessageLanguage? ReadLanguage(JsonConfigProperty property)
    {
        var value = ReadString(property);
        if (value is null || string.Equals(value, "auto", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var language = MessageLanguageExtensions.ParseCode(value);
        if (language is null or MessageLanguage.Other)
        {
            Error(property.Value.Offset, $"'{property.Name}' must be \"auto\", \"ru\" or \"en\", not \"{value}\"");
            return null;
        }

        return language;
    }

    private Severity? ReadSeverity(JsonConfigNode node, string name)
    {
        if (node.Kind != JsonTokenType.String)
        {
            Error(node.Offset, $"'{name}' must be a severity string ({string.Join(", ", SeverityNames.All)}), not {node.Describe()}");
            return null;
        }

        var severity = SeverityNames.Parse(node.StringValue);
        if (severity is null)
        {
            Error(node.Offset, $"'{node.StringValue}' is not a severity; use one of {string.Join(", ", SeverityNames.All)}");
        }

        return severity;
    }

    private void ReadRuleSeverities(JsonConfigNode node, Dictionary<string, Severity> target)
    {
        if (!ExpectObject(node, "rules"))
        {
            return;
        }

        foreach (var property in node.Properties)
        {
            if (!RuleIdPattern().IsMatch(property.Name))
            {
                Error(property.NameOffset, $"'{property.Name}' is not a rule ID (expected e.g. ML3001, or MLU001 for a custom rule)");
                continue;
            }

            if (knownRuleIds is not null && !knownRuleIds.Contains(property.Name) && !_customRuleIds.Contains(property.Name))
            {
                Error(property.NameOffset, $"unknown rule '{property.Name}'; `messagelint rules` lists them");
                continue;
            }

            if (ReadSeverity(property.Value, property.Name) is { } severity)
            {
                target[property.Name.ToUpperInvariant()] = severity;
            }
        }
    }

    private void ReadPrincipleSeverities(JsonConfigNode node, Dictionary<Principle, Severity> target)
    {
        if (!ExpectObject(node, "principles"))
        {
            return;
        }

        foreach (var property in node.Properties)
        {
            var principle = PrincipleInfo.Parse(property.Name);
            if (principle is null)
            {
                Error(property.NameOffset, $"'{property.Name}' is not a principle; use 1–7 or a key such as {string.Join(", ", PrincipleInfo.All.Select(p => p.Key()))}");
                continue;
            }

            if (ReadSeverity(property.Value, property.Name) is { } severity)
            {
                target[principle.Value] = severity;
            }
        }
    }

    private void ReadProfiles(JsonConfigNode node, LintConfiguration configuration)
    {
        if (!ExpectObject(node, "profiles"))
        {
            return;
        }

        foreach (var property in node.Properties)
        {
            if (!ExpectObject(property.Value, property.Name))
            {
                continue;
            }

            var profile = new ProfileConfiguration();
            foreach (var setting in property.Value.Properties)
            {
                switch (setting.Name)
                {
                    case "extends":
                        profile.Extends = ReadString(setting);
                        break;
                    case "rules":
                        ReadRuleSeverities(setting.Value, profile.Rules);
                        break;
                    case "principles":
                        ReadPrincipleSeverities(setting.Value, profile.Principles);
                        break;
                    default:
                        Error(setting.NameOffset, $"unknown profile setting '{setting.Name}'; use extends, rules or principles");
                        break;
                }
            }

            if (profile.Extends is { } parent && !BuiltInProfiles.IsBuiltIn(parent) && !node.Properties.Any(p => string.Equals(p.Name, parent, StringComparison.OrdinalIgnoreCase)))
            {
                var extendsNode = property.Value.Properties.First(p => p.Name == "extends").Value;
                Error(extendsNode.Offset, $"profile '{property.Name}' extends unknown profile '{parent}'");
            }

            configuration.Profiles[property.Name] = profile;
        }
    }

    private void ReadAssemblies(JsonConfigNode node, LintConfiguration configuration)
    {
        if (node.Kind != JsonTokenType.StartArray)
        {
            Error(node.Offset, $"'ruleAssemblies' must be an array of paths, not {node.Describe()}");
            return;
        }

        var baseDirectory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        foreach (var item in node.Items)
        {
            if (item.Kind != JsonTokenType.String || string.IsNullOrWhiteSpace(item.StringValue))
            {
                Error(item.Offset, "each rule assembly must be a path string");
                continue;
            }

            configuration.RuleAssemblies.Add(Path.GetFullPath(Path.Combine(baseDirectory, item.StringValue)));
        }
    }

    private void ReadCustomRules(JsonConfigNode node, LintConfiguration configuration)
    {
        if (node.Kind != JsonTokenType.StartArray)
        {
            Error(node.Offset, $"'customRules' must be an array of rule objects, not {node.Describe()}");
            return;
        }

        foreach (var item in node.Items)
        {
            if (ExpectObject(item, "each custom rule") && ReadCustomRule(item) is { } rule)
            {
                configuration.CustomRules[rule.Id] = rule;
            }
        }
    }

    private CustomRuleDefinition? ReadCustomRule(JsonConfigNode node)
    {
        string? id = null, message = null;
        System.Text.RegularExpressions.Regex? pattern = null;
        Principle? principle = null;
        var severity = Severity.Warning;
        var languages = new HashSet<MessageLanguage> { MessageLanguage.Russian, MessageLanguage.English };
        var valid = true;
        foreach (var property in node.Properties)
        {
            switch (property.Name)
            {
                case "id":
                    id = ReadString(property);
                    if (id is not null && !CustomRuleIdPattern().IsMatch(id))
                    {
                        Error(property.Value.Offset, $"custom rule ID '{id}' must be MLU followed by three digits (MLU001–MLU999), a range built-in rules never use");
                        id = null;
                    }
                    else if (id is not null && !_customRuleIds.Add(id))
                    {
                        Error(property.Value.Offset, $"custom rule '{id}' is defined twice");
                        id = null;
                    }

                    break;
                case "pattern":
                    if (ReadString(property) is { } source)
                    {
                        (pattern, var problem) = CustomRuleDefinition.Compile(source);
                        if (problem is not null)
                        {
                            Error(property.Value.Offset, problem);
                        }
                    }

                    break;
                case "message":
                    message = ReadString(property);
                    if (message is { Length: 0 })
                    {
                        Error(property.Value.Offset, "a custom rule's message must not be empty");
                        message = null;
                    }

                    break;
                case "principle":
                    var value = property.Value.Kind is JsonTokenType.String or JsonTokenType.Number ? property.Value.StringValue : null;
                    principle = value is null ? null : PrincipleInfo.Parse(value);
                    if (principle is null)
                    {
                        Error(property.Value.Offset, $"'principle' must be 1–7 or a key such as {string.Join(", ", PrincipleInfo.All.Select(p => p.Key()))}");
                    }

                    break;
                case "severity":
                    var parsed = ReadSeverity(property.Value, property.Name);
                    valid &= parsed is not null;
                    severity = parsed ?? severity;
                    break;
                case "languages":
                    valid &= ReadLanguages(property.Value, languages);
                    break;
                default:
                    Error(property.NameOffset, $"unknown custom rule setting '{property.Name}'{Suggest(property.Name, CustomRuleKeys)}; use {string.Join(", ", CustomRuleKeys)}");
                    valid = false;
                    break;
            }
        }

        foreach (var required in new[] { "id", "pattern", "message", "principle" })
        {
            if (!node.Properties.Any(p => p.Name == required))
            {
                Error(node.Offset, $"a custom rule needs '{required}'");
            }
        }

        return valid && id is not null && pattern is not null && message is not null && principle is not null
            ? new CustomRuleDefinition(id, pattern, message, principle.Value, severity, languages)
            : null;
    }

    private bool ReadLanguages(JsonConfigNode node, HashSet<MessageLanguage> languages)
    {
        if (node.Kind != JsonTokenType.StartArray || node.Items.Count == 0)
        {
            Error(node.Offset, "'languages' must be a non-empty array of \"ru\" and \"en\"");
            return false;
        }

        languages.Clear();
        foreach (var item in node.Items)
        {
            var language = item.Kind == JsonTokenType.String ? MessageLanguageExtensions.ParseCode(item.StringValue) : null;
            if (language is null or MessageLanguage.Other)
            {
                Error(item.Offset, $"'{item.StringValue}' is not a language custom rules run on; use \"ru\" or \"en\"");
                return false;
            }

            languages.Add(language.Value);
        }

        return true;
    }

    private bool ExpectObject(JsonConfigNode node, string name)
    {
        if (node.Kind == JsonTokenType.StartObject)
        {
            return true;
        }

        Error(node.Offset, $"'{name}' must be an object, not {node.Describe()}");
        return false;
    }

    private void Error(int offset, string message)
        => errors.Add(new ConfigurationError(EngineDiagnostics.InvalidConfigurationSetting, path, message, lines.GetPosition(Math.Min(offset, lines.GetLineSpan(lines.LineCount - 1, includeBreak: true).End))));

    private static string Suggest(string name, IEnumerable<string> candidates)
    {
        var best = candidates.Select(c => (Name: c, Distance: EditDistance.Between(name, c))).MinBy(c => c.Distance);
        return best.Distance <= 2 ? $"; did you mean '{best.Name}'?" : string.Empty;
    }

    [GeneratedRegex(@"^ML(?:\d{4}|U\d{3})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RuleIdPattern();

    [GeneratedRegex(@"^MLU\d{3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CustomRuleIdPattern();
}
