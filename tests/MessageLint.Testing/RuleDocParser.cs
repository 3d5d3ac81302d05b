using System.Text.RegularExpressions;

namespace MessageLint.Testing;

/// <summary>Reads a rule doc in the house shape: "# MLxxxx: Title", a key/value table, sections, fenced <c>message</c> examples.</summary>
public static partial class RuleDocParser
{
    /// <summary>Parses a doc's Markdown.</summary>
    public static RuleDoc Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var heading = HeadingPattern().Match(lines.FirstOrDefault() ?? string.Empty);
        if (!heading.Success)
        {
            throw new FormatException("A rule doc must start with '# MLxxxx: Title'.");
        }

        var ruleId = heading.Groups["id"].Value;
        var table = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var sections = new List<string>();
        var examples = new List<RuleDocExample>();
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            var row = TableRowPattern().Match(line);
            if (row.Success && !row.Groups["key"].Value.All(c => c is '-' or ' ') && row.Groups["key"].Value.Trim().Length > 0)
            {
                table[row.Groups["key"].Value.Trim()] = row.Groups["value"].Value.Trim();
                continue;
            }

            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                sections.Add(line[3..].Trim());
                continue;
            }

            var fence = FencePattern().Match(line);
            if (!fence.Success)
            {
                continue;
            }

            var attributes = AttributePattern().Matches(fence.Groups["attrs"].Value)
                .ToDictionary(m => m.Groups["key"].Value, m => m.Groups["value"].Value, StringComparer.OrdinalIgnoreCase);
            var body = new List<string>();
            var start = i + 1;
            for (i++; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++)
            {
                body.Add(lines[i]);
            }

            examples.Add(new RuleDocExample(
                ruleId,
                start,
                attributes.GetValueOrDefault("lang") ?? throw new FormatException($"{ruleId}.md:{start}: a message example needs lang=ru or lang=en."),
                attributes.GetValueOrDefault("profile"),
                attributes.GetValueOrDefault("format"),
                string.Join('\n', body)));
        }

        return new RuleDoc(ruleId, heading.Groups["title"].Value.Trim(), table, sections, examples);
    }

    [GeneratedRegex(@"^# (?<id>ML\d{4}): (?<title>.+)$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^\|\s*(?<key>[^|]+?)\s*\|\s*(?<value>[^|]*?)\s*\|$")]
    private static partial Regex TableRowPattern();

    [GeneratedRegex(@"^```message(?<attrs>(?:\s+\w+=\S+)*)\s*$")]
    private static partial Regex FencePattern();

    [GeneratedRegex(@"(?<key>\w+)=(?<value>\S+)")]
    private static partial Regex AttributePattern();
}
