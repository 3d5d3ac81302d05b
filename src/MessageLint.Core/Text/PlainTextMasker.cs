using System.Text.RegularExpressions;
using MessageLint.Core.Suppression;

namespace MessageLint.Core.Text;

/// <summary>Hides from rules what a chat or e-mail draft quotes or embeds: quoted lines, code, directives, addresses.</summary>
internal static partial class PlainTextMasker
{
    public static ProseMask Mask(string text, IReadOnlyList<SuppressionDirective> directives)
    {
        var mask = new ProseMask(text, startBlank: false);
        Apply(mask, directives);
        return mask;
    }

    /// <summary>Masks a draft's quotes, code, directives and addresses into a mask that may already hide other regions.</summary>
    public static void Apply(ProseMask mask, IReadOnlyList<SuppressionDirective> directives)
    {
        var text = mask.Text;
        foreach (var directive in directives)
        {
            mask.Exclude(directive.Span, ExcludedRegionKind.Directive);
        }

        if (text.Contains("```", StringComparison.Ordinal))
        {
            foreach (Match match in FencePattern().Matches(text))
            {
                mask.Exclude(new TextSpan(match.Index, match.Length), ExcludedRegionKind.Code);
            }
        }

        if (text.Contains('`', StringComparison.Ordinal))
        {
            foreach (Match match in CodeSpanPattern().Matches(mask.Build()))
            {
                mask.Exclude(new TextSpan(match.Index, match.Length), ExcludedRegionKind.Code);
            }
        }

        if (text.Contains('>', StringComparison.Ordinal))
        {
            foreach (Match match in QuotedLinePattern().Matches(text))
            {
                mask.Exclude(new TextSpan(match.Index, match.Length), ExcludedRegionKind.Quote);
            }
        }

        if (text.Contains("<!--", StringComparison.Ordinal))
        {
            foreach (Match match in HtmlCommentPattern().Matches(text))
            {
                mask.Exclude(new TextSpan(match.Index, match.Length), ExcludedRegionKind.Html);
            }
        }

        InlineRegionScanner.Apply(mask);
    }

    // Line starts are written as a lookbehind because "^" in multiline mode ignores a lone CR.
    [GeneratedRegex(@"(?<=\A|[\r\n])[ \t]*```[^\r\n]*(?:(?:\r\n?|\n).*?)?(?:(?:\r\n?|\n)[ \t]*```[^\r\n]*(?=[\r\n]|\z)|\z)", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex FencePattern();

    [GeneratedRegex(@"`[^`\r\n]+`", RegexOptions.CultureInvariant)]
    private static partial Regex CodeSpanPattern();

    [GeneratedRegex(@"(?<=\A|[\r\n])[ \t]*>[^\r\n]*", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedLinePattern();

    [GeneratedRegex(@"<!--.*?(?:-->|\z)", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlCommentPattern();
}
