using System.Text.RegularExpressions;
using MessageLint.Core.Text;

namespace MessageLint.Core.Suppression;

/// <summary>Finds suppression directives in both the HTML-comment form and the bracketed chat form.</summary>
public static partial class SuppressionDirectiveParser
{
    /// <summary>Every directive in the text, in order.</summary>
    public static IReadOnlyList<SuppressionDirective> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains("messagelint-", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var result = new List<SuppressionDirective>();
        foreach (Match match in DirectivePattern().Matches(text))
        {
            var kind = match.Groups["kind"].Value.ToUpperInvariant() switch
            {
                "DISABLE-NEXT-LINE" => SuppressionDirectiveKind.DisableNextLine,
                "DISABLE-LINE" => SuppressionDirectiveKind.DisableLine,
                "DISABLE" => SuppressionDirectiveKind.Disable,
                _ => SuppressionDirectiveKind.Enable,
            };
            var arguments = match.Groups["args"].Value;
            string? justification = null;
            var dashes = arguments.IndexOf("--", StringComparison.Ordinal);
            if (dashes >= 0)
            {
                justification = arguments[(dashes + 2)..].Trim();
                justification = justification.Length == 0 ? null : justification;
                arguments = arguments[..dashes];
            }

            var ids = arguments
                .Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries)
                .Select(id => id.ToUpperInvariant())
                .ToArray();
            result.Add(new SuppressionDirective(kind, ids, justification, new TextSpan(match.Index, match.Length)));
        }

        return result;
    }

    [GeneratedRegex(
        @"<!--\s*messagelint-(?<kind>disable-next-line|disable-line|disable|enable)(?=[\s-]|-->)(?<args>(?:(?!-->).)*?)\s*-->|\[messagelint-(?<kind>disable-next-line|disable-line|disable|enable)(?=[\s\]])(?<args>[^\]\r\n]*)\]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex DirectivePattern();
}
