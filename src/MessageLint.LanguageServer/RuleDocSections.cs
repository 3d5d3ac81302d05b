namespace MessageLint.LanguageServer;

/// <summary>Reads one section of a rule doc, whose fixed shape (Cause, Why, How to fix …) the rule-doc tests keep.</summary>
internal static class RuleDocSections
{
    /// <summary>The body of the "## name" section, trimmed, or null when the doc has none.</summary>
    public static string? Read(string doc, string name)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var lines = doc.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var heading = "## " + name;
        var start = Array.FindIndex(lines, l => string.Equals(l.TrimEnd(), heading, StringComparison.OrdinalIgnoreCase));
        if (start < 0)
        {
            return null;
        }

        var end = Array.FindIndex(lines, start + 1, l => l.StartsWith("## ", StringComparison.Ordinal) || l.StartsWith("# ", StringComparison.Ordinal));
        var body = string.Join("\n", lines[(start + 1)..(end < 0 ? lines.Length : end)]).Trim();
        return body.Length == 0 ? null : body;
    }
}
