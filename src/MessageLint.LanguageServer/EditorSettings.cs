using System.Text.Json;
using MessageLint.Core.Text;

namespace MessageLint.LanguageServer;

/// <summary>
/// The settings an editor can send, which win over <c>messagelint.json</c> the way command-line
/// options do. Each update changes only the keys it names, so an empty didChangeConfiguration
/// (which some clients send right after start) keeps the initializationOptions.
/// </summary>
/// <param name="Profile">The active profile, or null for the configuration's.</param>
/// <param name="Language">A forced draft language, or null to identify it per sentence.</param>
/// <param name="MessageLanguage">A forced language for messages, or null to follow each sentence.</param>
/// <param name="UseClassifier">False to run on heuristics only.</param>
/// <param name="LoadRuleAssemblies">
/// False when the editor does not trust the workspace: the <c>ruleAssemblies</c> a configuration names
/// are code, so they are then not loaded (and such a draft is not checked).
/// </param>
/// <param name="MaxDraftBytes">
/// The largest draft checked as you type, in UTF-8 bytes; as <c>check --max-size</c>, a larger one is
/// refused with a diagnostic instead of costing seconds of CPU at every keystroke.
/// </param>
public sealed record EditorSettings(string? Profile, MessageLanguage? Language, MessageLanguage? MessageLanguage, bool UseClassifier, bool LoadRuleAssemblies = true, long MaxDraftBytes = DraftSize.DefaultMaxBytes)
{
    /// <summary>Nothing set: everything comes from the configuration file or the defaults.</summary>
    public static EditorSettings Default { get; } = new(null, null, null, true);

    /// <summary>
    /// Applies a settings object — MessageLint's keys, or an object holding them under "messagelint"
    /// as VS Code sends them; invalid values are named in <paramref name="problems"/> and ignored.
    /// </summary>
    public EditorSettings Update(JsonElement? json, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (json is not { ValueKind: JsonValueKind.Object } element)
        {
            return this;
        }

        if (element.TryGetProperty("messagelint", out var section) && section.ValueKind == JsonValueKind.Object)
        {
            element = section;
        }

        var result = this;
        foreach (var property in element.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "profile":
                    if (value.ValueKind is JsonValueKind.Null || (value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString())))
                    {
                        result = result with { Profile = null };
                    }
                    else if (value.ValueKind == JsonValueKind.String)
                    {
                        result = result with { Profile = value.GetString()!.Trim() };
                    }
                    else
                    {
                        problems.Add("profile must be a string");
                    }

                    break;
                case "language":
                    if (TryReadLanguage(value, out var language))
                    {
                        result = result with { Language = language };
                    }
                    else
                    {
                        problems.Add("language must be auto, ru or en");
                    }

                    break;
                case "messageLanguage":
                    if (TryReadLanguage(value, out var messageLanguage))
                    {
                        result = result with { MessageLanguage = messageLanguage };
                    }
                    else
                    {
                        problems.Add("messageLanguage must be auto, ru or en");
                    }

                    break;
                case "useClassifier":
                    if (TryReadSwitch(value, out var useClassifier))
                    {
                        result = result with { UseClassifier = useClassifier };
                    }
                    else
                    {
                        problems.Add("useClassifier must be true or false");
                    }

                    break;
                case "loadRuleAssemblies":
                    if (TryReadSwitch(value, out var loadRuleAssemblies))
                    {
                        result = result with { LoadRuleAssemblies = loadRuleAssemblies };
                    }
                    else
                    {
                        problems.Add("loadRuleAssemblies must be true or false");
                    }

                    break;
                case "maxSize":
                    if (value.ValueKind == JsonValueKind.Null)
                    {
                        result = result with { MaxDraftBytes = DraftSize.DefaultMaxBytes };
                    }
                    else if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var maxSize) && maxSize > 0)
                    {
                        result = result with { MaxDraftBytes = maxSize };
                    }
                    else
                    {
                        problems.Add("maxSize must be a positive number of bytes");
                    }

                    break;
                case "path" or "trace" or "failOn":
                    // Read by the editor extension or meaningless while typing; not the server's business.
                    break;
                default:
                    problems.Add($"unknown setting '{property.Name}'");
                    break;
            }
        }

        return result;
    }

    /// <summary>A true/false setting whose null means its default, which is on for every switch the server has.</summary>
    private static bool TryReadSwitch(JsonElement value, out bool on)
    {
        on = value.ValueKind != JsonValueKind.False;
        return value.ValueKind is JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null;
    }

    private static bool TryReadLanguage(JsonElement value, out MessageLanguage? language)
    {
        language = null;
        if (value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        var text = value.GetString()!.Trim();
        if (text.Length == 0 || string.Equals(text, "auto", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        language = MessageLanguageExtensions.ParseCode(text);
        return language is Core.Text.MessageLanguage.Russian or Core.Text.MessageLanguage.English;
    }
}
