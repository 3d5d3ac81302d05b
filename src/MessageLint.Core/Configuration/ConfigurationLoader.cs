using System.Text;
using System.Text.Json;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Text;

namespace MessageLint.Core.Configuration;

/// <summary>
/// Finds and reads <c>messagelint.json</c>. Comments and trailing commas are allowed; unknown keys
/// and bad values are errors with line and column, because a silently ignored typo ("rulse") is
/// worse than a refusal.
/// </summary>
public static class ConfigurationLoader
{
    /// <summary>The file name looked for from the input's folder upward.</summary>
    public const string FileName = "messagelint.json";

    /// <summary>A hidden alternative name.</summary>
    public const string HiddenFileName = ".messagelint.json";

    /// <summary>Configuration files larger than this are refused.</summary>
    private const long MaxFileBytes = 1024 * 1024;

    private static readonly string[] TopLevelKeys = ["$schema", "profile", "language", "messageLanguage", "failOn", "rules", "principles", "profiles", "ruleAssemblies", "customRules"];

    /// <summary>The nearest configuration file in the folder or any parent, or null.</summary>
    public static string? Find(string startDirectory)
    {
        ArgumentNullException.ThrowIfNull(startDirectory);
        var directory = new DirectoryInfo(Path.GetFullPath(startDirectory));
        while (directory is not null)
        {
            foreach (var name in new[] { FileName, HiddenFileName })
            {
                var candidate = Path.Combine(directory.FullName, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            directory = directory.Parent;
        }

        return null;
    }

    /// <summary>Reads and validates a configuration file.</summary>
    public static ConfigurationLoadResult Load(string path, ISet<string>? knownRuleIds = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        string json;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Fail(EngineDiagnostics.UnreadableInput, path, Directory.Exists(path) ? "is a folder, not a configuration file" : "configuration file not found", null);
            }

            if (info.Length > MaxFileBytes)
            {
                return Fail(EngineDiagnostics.InvalidConfigurationSetting, path, $"configuration file is larger than {MaxFileBytes / 1024} KB", null);
            }

            json = File.ReadAllText(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            var reason = ex is DecoderFallbackException ? "configuration file is not valid UTF-8" : ex.Message;
            return Fail(EngineDiagnostics.UnreadableInput, path, reason, null);
        }

        return Parse(json, path, knownRuleIds);
    }

    /// <summary>Parses configuration text; <paramref name="path"/> is used in errors and to resolve relative paths.</summary>
    public static ConfigurationLoadResult Parse(string json, string path, ISet<string>? knownRuleIds = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var lines = LineMap.Create(json);
        JsonConfigNode root;
        try
        {
            root = JsonConfigTreeReader.Read(json);
        }
        catch (JsonException ex)
        {
            var position = ex.LineNumber is { } line && ex.BytePositionInLine is { } bytes
                ? new LinePosition((int)line, ByteColumnToCharColumn(json, (int)line, (int)bytes))
                : (LinePosition?)null;
            var message = ex.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut].TrimEnd();
            }

            return Fail(EngineDiagnostics.InvalidConfigurationSyntax, path, $"invalid JSON: {message}{FormatHint(path)}", position);
        }

        var errors = new List<ConfigurationError>();
        var configuration = new LintConfiguration { SourcePath = Path.GetFullPath(path) };
        var reader = new ConfigurationValidator(path, lines, errors, knownRuleIds);
        reader.ReadRoot(root, configuration);
        return errors.Count > 0 ? new ConfigurationLoadResult(null, errors) : new ConfigurationLoadResult(configuration, []);
    }

    internal static IReadOnlyList<string> AllowedTopLevelKeys => TopLevelKeys;

    private static ConfigurationLoadResult Fail(RuleDescriptor descriptor, string path, string message, LinePosition? position)
        => new(null, [new ConfigurationError(descriptor, path, message, position)]);

    private static int ByteColumnToCharColumn(string json, int line, int byteColumn)
    {
        var lines = LineMap.Create(json);
        if (line >= lines.LineCount)
        {
            return byteColumn;
        }

        var span = lines.GetLineSpan(line, includeBreak: true);
        var bytes = Encoding.UTF8.GetBytes(json.Substring(span.Start, span.Length));
        return Encoding.UTF8.GetCharCount(bytes, 0, Math.Min(byteColumn, bytes.Length));
    }

    /// <summary>
    /// A hint for a configuration written in another format: "--config .messagelint.yml" fails at its first letter,
    /// and "invalid JSON" alone does not say that YAML and TOML are not read at all.
    /// </summary>
    private static string FormatHint(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".yml" or ".yaml" => " (the configuration is JSON: YAML is not read; see messagelint.json in the README)",
        ".toml" => " (the configuration is JSON: TOML is not read; see messagelint.json in the README)",
        _ => string.Empty,
    };
}
