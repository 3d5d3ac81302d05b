using System.Text;
using MessageLint.Core.Diagnostics;

namespace MessageLint.Audit.Reports;

/// <summary>
/// Renders a message's text with its findings highlighted. Overlapping findings are cut at every
/// boundary, so each piece is escaped on its own and marked once with the most severe finding over
/// it; no markup is ever built from the archive's text.
/// </summary>
internal static class HtmlHighlighter
{
    public static string Render(string text, IReadOnlyList<AuditFinding> findings)
    {
        var shown = findings.Where(f => f.IsReported && f.End > f.Start && f.End <= text.Length).ToList();
        var bounds = new SortedSet<int> { 0, text.Length };
        foreach (var finding in shown)
        {
            bounds.Add(finding.Start);
            bounds.Add(finding.End);
        }

        var builder = new StringBuilder(text.Length * 2);
        var previous = 0;
        foreach (var bound in bounds)
        {
            if (bound == 0)
            {
                continue;
            }

            var piece = Html.Escape(text[previous..bound]);
            var over = shown.Where(f => f.Start <= previous && f.End >= bound).ToList();
            if (over.Count == 0)
            {
                builder.Append(piece);
            }
            else
            {
                var severity = over.Max(f => f.Severity);
                var title = string.Join("; ", over.Select(f => $"{f.RuleId}: {f.Message}"));
                builder.Append("<mark class=\"").Append(Class(severity)).Append("\" title=\"").Append(Html.Escape(title)).Append("\">")
                    .Append(piece).Append("</mark>");
            }

            previous = bound;
        }

        return builder.ToString();
    }

    public static string Class(Severity severity) => severity switch
    {
        Severity.Error => "sev-error",
        Severity.Warning => "sev-warning",
        _ => "sev-info",
    };
}
