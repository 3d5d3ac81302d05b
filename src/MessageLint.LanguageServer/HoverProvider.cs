using System.Text;
using MessageLint.LanguageServer.Protocol;
using MessageLint.Rules.Infrastructure;

namespace MessageLint.LanguageServer;

/// <summary>
/// Explains the findings under the cursor: the rule's title and message in the draft's language,
/// the "Why" of its doc — the reason the rule exists, which a one-line message cannot carry — and a
/// link to the whole doc.
/// </summary>
internal static class HoverProvider
{
    public static Hover? GetHover(AnalysisResult analysis, Position position)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(position);
        var offset = TextChanges.ToOffset(analysis.Snapshot.Text, analysis.Lines, position);
        var hits = analysis.Diagnostics
            .Where(d => d.Source is { } s && s.Span.Start <= offset && (offset < s.Span.End || (s.Span.IsEmpty && offset == s.Span.Start)))
            .Select(d => d.Source!)
            .ToList();
        if (hits.Count == 0)
        {
            return null;
        }

        var markdown = new StringBuilder();
        foreach (var diagnostic in hits)
        {
            if (markdown.Length > 0)
            {
                markdown.Append("\n\n---\n\n");
            }

            markdown.Append("**").Append(diagnostic.Id).Append(": ").Append(diagnostic.Descriptor.Title.Get(diagnostic.Language)).Append("**\n\n");
            markdown.Append(diagnostic.GetMessage());
            if (EmbeddedRuleResources.ReadDoc(diagnostic.Id) is { } doc && RuleDocSections.Read(doc, "Why") is { } why)
            {
                markdown.Append("\n\n**Why**\n\n").Append(why);
            }

            markdown.Append("\n\n[").Append(diagnostic.Id).Append(" documentation](").Append(diagnostic.Descriptor.HelpUri).Append(')');
        }

        var first = hits[0].Span.Start;
        var last = hits.Max(h => h.Span.End);
        var range = DiagnosticConverter.ToRange(analysis.Lines, Core.Text.TextSpan.FromBounds(first, last));
        return new Hover(new MarkupContent("markdown", markdown.ToString()), range);
    }
}
