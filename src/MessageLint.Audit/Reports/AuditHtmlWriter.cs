using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MessageLint.Audit.Metrics;
using MessageLint.Core.Diagnostics;
using MessageLint.Formats;
using MessageLint.Formats.Archive;
using MessageLint.Formats.Output;

namespace MessageLint.Audit.Reports;

/// <summary>
/// A self-contained HTML report for people: totals and how they add up, findings by principle and
/// rule, a month-by-month chart (Chart.js, inlined), the worst messages with the flagged words
/// highlighted and the suggestions, and conversation metrics. It needs no network: styles, data and
/// scripts are inside. Every piece of archive text is HTML-escaped, and a Content-Security-Policy
/// lets only the report's own two scripts run, so a post containing &lt;script&gt; shows as text.
/// </summary>
public sealed class AuditHtmlWriter : IAuditReportWriter
{
    private static readonly Lazy<string> ChartScript = new(LoadChartScript);

    private readonly string _path;
    private AuditRunInfo? _run;
    private bool _committed;
    private string? _html;

    /// <summary>Prepares an HTML report at a path; it is written at the end of the run.</summary>
    public AuditHtmlWriter(string path) => _path = System.IO.Path.GetFullPath(path);

    /// <inheritdoc />
    public string Path => _path;

    /// <summary>The Chart.js version inlined.</summary>
    public const string ChartVersion = "4.6.1";

    /// <inheritdoc />
    public void Begin(AuditRunInfo run) => _run = run;

    /// <inheritdoc />
    public void Add(MessageOutcome outcome)
    {
    }

    /// <inheritdoc />
    public void End(AuditSummary summary, AuditCompletion completion)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(completion);
        _html = Render(_run ?? throw new InvalidOperationException("Begin was not called."), summary, completion);
    }

    /// <inheritdoc />
    public void Commit()
    {
        if (_committed || _html is null)
        {
            return;
        }

        SafeFileWriter.Write(_path, _html);
        _committed = true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    /// <summary>Renders the whole page.</summary>
    public static string Render(AuditRunInfo run, AuditSummary summary, AuditCompletion completion)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(completion);
        var chart = ChartScript.Value;
        var init = InitScript;
        var page = new StringBuilder(64 * 1024 + chart.Length);
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src ")
            .Append(Hash(chart)).Append(' ').Append(Hash(init)).Append("\">\n");
        page.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.Append("<title>MessageLint audit — ").Append(Html.Escape(run.Source)).Append("</title>\n");
        page.Append("<style>").Append(Styles).Append("</style>\n</head>\n<body>\n");

        page.Append("<header><h1>MessageLint audit</h1><p class=\"meta\">")
            .Append(Html.Escape(run.Source)).Append(" · ").Append(Html.Escape(run.InputFormat))
            .Append(" · profile ").Append(Html.Escape(run.Profile));
        if (run.OwnNames.Count + run.OwnIds.Count > 0)
        {
            page.Append(" · author ").Append(Html.Escape(string.Join(", ", run.OwnNames.Concat(run.OwnIds))));
        }

        if (run.BaselinePath is { } baseline)
        {
            page.Append(" · baseline ").Append(Html.Escape(baseline));
        }

        page.Append("</p>");
        if (completion.Interrupted)
        {
            page.Append("<p class=\"warning\" id=\"interrupted\">The run was interrupted: this report covers only the records read before it stopped.</p>");
        }

        page.Append("</header>\n<main>\n");
        AppendTotals(page, summary, completion);
        AppendTrend(page, summary);
        AppendPrinciples(page, summary);
        AppendRules(page, summary);
        AppendWorst(page, summary, run);
        AppendConversations(page, summary, run);
        page.Append("</main>\n<footer>Made by MessageLint ").Append(Html.Escape(RunResult.ToolVersion))
            .Append(". The chart is drawn by Chart.js ").Append(ChartVersion).Append(" (MIT licence), included in this file.</footer>\n");
        page.Append("<script type=\"application/json\" id=\"trend-data\">").Append(TrendJson(summary)).Append("</script>\n");
        page.Append("<script>").Append(chart).Append("</script>\n");
        page.Append("<script>").Append(init).Append("</script>\n</body>\n</html>\n");
        return page.ToString();
    }

    private static void AppendTotals(StringBuilder page, AuditSummary summary, AuditCompletion completion)
    {
        page.Append("<section id=\"totals\"><h2>Totals</h2>\n<div class=\"cards\">");
        Card(page, "total-read", summary.Read, "read");
        Card(page, "total-checked", summary.Checked, "checked");
        Card(page, "total-skipped", summary.Skipped, "skipped");
        Card(page, "total-failed", summary.Failed, "failed");
        Card(page, "total-findings", summary.Reported, "findings");
        Card(page, "total-flagged", summary.Flagged, "messages with findings");
        page.Append("<div class=\"card\"><span class=\"n\" id=\"average-score\">")
            .Append(AuditTextSummary.Score(summary.AverageScore)).Append("</span>average score</div>");
        page.Append("</div>\n<p id=\"reconciliation\">Read ").Append(N(summary.Read)).Append(" = checked ").Append(N(summary.Checked))
            .Append(" + skipped ").Append(N(summary.Skipped)).Append(" + failed ").Append(N(summary.Failed)).Append(".</p>\n");
        page.Append("<p>Findings: ").Append(N(summary.Errors)).Append(" errors, ").Append(N(summary.Warnings)).Append(" warnings, ")
            .Append(N(summary.Infos)).Append(" info; ").Append(N(summary.Suppressed)).Append(" suppressed in the text");
        if (summary.Unchanged > 0 || completion.Absent.Count > 0)
        {
            page.Append("; ").Append(N(summary.Unchanged)).Append(" already in the baseline (not counted), ")
                .Append(N(completion.Absent.Count)).Append(" baseline findings gone");
        }

        page.Append(".</p>\n");
        if (summary.SkippedByReason.Count > 0)
        {
            page.Append("<table class=\"narrow\" id=\"skipped\"><thead><tr><th>Skipped</th><th class=\"num\">Records</th></tr></thead><tbody>");
            foreach (var (reason, count) in summary.SkippedByReason)
            {
                page.Append("<tr><td>").Append(Html.Escape(SkipReasons.Describe(reason))).Append("</td><td class=\"num\">").Append(N(count)).Append("</td></tr>");
            }

            page.Append("</tbody></table>\n");
        }

        if (summary.Failures.Count > 0)
        {
            page.Append("<h3>Records that could not be read</h3><ul id=\"failures\">");
            foreach (var failure in summary.Failures)
            {
                page.Append("<li><code>").Append(Html.Escape(failure.Location)).Append("</code>: ").Append(Html.Escape(failure.Reason)).Append("</li>");
            }

            page.Append("</ul>");
            if (summary.Failed > summary.Failures.Count)
            {
                page.Append("<p>… and ").Append(N(summary.Failed - summary.Failures.Count)).Append(" more in the JSON report.</p>");
            }
        }

        page.Append("</section>\n");
    }

    private static void AppendTrend(StringBuilder page, AuditSummary summary)
    {
        page.Append("<section id=\"trend\"><h2>Month by month</h2>\n");
        if (summary.Months.Count == 0)
        {
            page.Append("<p>No message has a date, so there is no trend to draw.</p>");
        }

        page.Append("<canvas id=\"trend-chart\" width=\"960\" height=\"340\" aria-label=\"Findings by principle per month\" role=\"img\"></canvas>\n");
        page.Append("<details><summary>The numbers</summary><table id=\"months\"><thead><tr><th>Month</th><th class=\"num\">Checked</th><th class=\"num\">With findings</th><th class=\"num\">Findings</th>");
        for (var p = 1; p <= 7; p++)
        {
            page.Append("<th class=\"num\">P").Append(p).Append("</th>");
        }

        page.Append("</tr></thead><tbody>");
        foreach (var month in summary.Months)
        {
            page.Append("<tr><td>").Append(month.Month).Append("</td><td class=\"num\">").Append(N(month.Checked)).Append("</td><td class=\"num\">")
                .Append(N(month.Flagged)).Append("</td><td class=\"num\">").Append(N(month.Findings)).Append("</td>");
            foreach (var count in month.ByPrinciple)
            {
                page.Append("<td class=\"num\">").Append(N(count)).Append("</td>");
            }

            page.Append("</tr>");
        }

        page.Append("</tbody></table></details></section>\n");
    }

    private static void AppendPrinciples(StringBuilder page, AuditSummary summary)
    {
        page.Append("<section id=\"principles\"><h2>By principle</h2><table class=\"narrow\"><thead><tr><th>Principle</th><th class=\"num\">Findings</th></tr></thead><tbody>");
        for (var i = 0; i < PrincipleInfo.All.Count; i++)
        {
            var principle = PrincipleInfo.All[i];
            page.Append("<tr><td>").Append((int)principle).Append(". ").Append(Html.Escape(principle.Title().English)).Append("</td><td class=\"num\">")
                .Append(N(summary.ByPrinciple[i])).Append("</td></tr>");
        }

        page.Append("</tbody></table></section>\n");
    }

    private static void AppendRules(StringBuilder page, AuditSummary summary)
    {
        page.Append("<section id=\"rules\"><h2>By rule</h2>");
        if (summary.Rules.Count == 0)
        {
            page.Append("<p>No rule reported anything.</p></section>\n");
            return;
        }

        page.Append("<table class=\"narrow\"><thead><tr><th>Rule</th><th>Title</th><th class=\"num\">Principle</th><th class=\"num\">Findings</th></tr></thead><tbody>");
        foreach (var rule in summary.Rules)
        {
            page.Append("<tr><td>");
            AppendLink(page, rule.HelpUri, rule.RuleId);
            page.Append("</td><td>").Append(Html.Escape(rule.Title)).Append("</td><td class=\"num\">").Append((int)rule.Principle)
                .Append("</td><td class=\"num\">").Append(N(rule.Count)).Append("</td></tr>");
        }

        page.Append("</tbody></table></section>\n");
    }

    private static void AppendWorst(StringBuilder page, AuditSummary summary, AuditRunInfo run)
    {
        page.Append("<section id=\"worst\"><h2>Messages to look at first</h2>\n");
        if (summary.Worst.Count == 0)
        {
            page.Append("<p>No message has a finding.</p></section>\n");
            return;
        }

        page.Append("<p>The ").Append(summary.Worst.Count).Append(" lowest-scoring messages (of up to ").Append(run.Top).Append(").</p>\n");
        foreach (var outcome in summary.Worst)
        {
            page.Append("<article class=\"post\" id=\"post-").Append(outcome.Sequence).Append("\"><h3>");
            AppendLink(page, outcome.Link, "#" + (outcome.Id ?? outcome.Key));
            if (outcome.LocalDate is { } date)
            {
                page.Append(" · ").Append(date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            }

            if (outcome.Chat?.Name is { } chatName)
            {
                page.Append(" · ").Append(Html.Escape(chatName));
            }

            if (outcome.Author is { } author && author != outcome.Chat?.Name)
            {
                page.Append(" · ").Append(Html.Escape(author));
            }

            page.Append(" <span class=\"score\">score ").Append(outcome.Score ?? 100).Append("</span></h3>\n");
            page.Append("<div class=\"text\">").Append(HtmlHighlighter.Render(outcome.Text ?? string.Empty, outcome.Findings)).Append("</div>\n<ul class=\"findings\">");
            foreach (var finding in outcome.Findings.Where(f => f.IsReported))
            {
                page.Append("<li><span class=\"badge ").Append(HtmlHighlighter.Class(finding.Severity)).Append("\">").Append(finding.Severity.ToName()).Append("</span> ");
                AppendLink(page, finding.HelpUri, finding.RuleId);
                page.Append(" «").Append(Html.Escape(finding.Text)).Append("»: ").Append(Html.Escape(finding.Message));
                foreach (var suggestion in finding.Suggestions)
                {
                    page.Append("<div class=\"suggestion\">Suggestion: ").Append(Html.Escape(suggestion.Title));
                    if (SuggestionDisplay.TextAfterTitle(suggestion.Title, suggestion.NewText) is { } newText)
                    {
                        page.Append(" → <q>").Append(Html.Escape(newText)).Append("</q>");
                    }

                    page.Append("</div>");
                }

                page.Append("</li>");
            }

            page.Append("</ul></article>\n");
        }

        page.Append("</section>\n");
    }

    private static void AppendConversations(StringBuilder page, AuditSummary summary, AuditRunInfo run)
    {
        page.Append("<section id=\"conversation\"><h2>Conversation</h2>\n");
        if (summary.Conversations.Count == 0)
        {
            page.Append("<p>Conversation metrics need a two-party chat and your identity: give <code>--author</code> or <code>--from-id</code>.</p></section>\n");
            return;
        }

        page.Append("<p>Measured against working hours ").Append(Html.Escape(run.Hours.Describe())).Append(" on the export's clock.</p>\n");
        foreach (var c in summary.Conversations)
        {
            page.Append("<h3>").Append(Html.Escape(c.Chat?.Name ?? c.Chat?.Id ?? run.Source)).Append("</h3>\n<table class=\"narrow conversation\"><tbody>");
            Row(page, "Your messages / theirs", $"{N(c.OwnMessages)} / {N(c.OtherMessages)}");
            Row(page, "Times they asked for status", N(c.StatusQuestions));
            Row(page, "… after two days or more without a word from you", N(c.StatusQuestionsAfterSilence));
            Row(page, "Your answer to a status question (median, bucketed)", c.AnswerTimes.QuantileRange(0.5) ?? "—");
            Row(page, "Gap between your messages (median / 90%, bucketed)", $"{c.OwnGaps.QuantileRange(0.5) ?? "—"} / {c.OwnGaps.QuantileRange(0.9) ?? "—"}");
            Row(page, "Longest gap between your messages", c.OwnGaps.Count == 0 ? "—" : GapHistogram.Format(c.OwnGaps.Max));
            Row(page, "Gaps of two days or more", N(c.OwnGaps.CountAtLeast(TimeSpan.FromDays(2))));
            Row(page, "Your messages on days off / late", $"{N(c.OwnDayOff)} / {N(c.OwnLate)}");
            Row(page, "Their messages outside working hours", N(c.OtherOffHours));
            Row(page, "Working rules stated", c.RulesStated is { } stated
                ? $"yes, first in #{stated.Id} on {stated.Date:yyyy-MM-dd}; off-hours messages of yours since: {N(c.OwnOffHoursAfterRules)}"
                : "not found — state your hours and response times (principle 6)");
            page.Append("</tbody></table>\n");
            if (c.Examples.Count > 0)
            {
                page.Append("<p>Status questions, first few:</p><ul class=\"examples\">");
                foreach (var example in c.Examples)
                {
                    page.Append("<li>");
                    AppendLink(page, example.Link, "#" + example.Id);
                    page.Append(' ').Append(example.Date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).Append(": ")
                        .Append(Html.Escape(example.Excerpt)).Append("</li>");
                }

                page.Append("</ul>\n");
            }
        }

        page.Append("</section>\n");
    }

    private static void Row(StringBuilder page, string label, string value)
        => page.Append("<tr><th>").Append(Html.Escape(label)).Append("</th><td>").Append(Html.Escape(value)).Append("</td></tr>");

    private static void Card(StringBuilder page, string id, long value, string label)
        => page.Append("<div class=\"card\"><span class=\"n\" id=\"").Append(id).Append("\">").Append(N(value)).Append("</span>").Append(label).Append("</div>");

    private static void AppendLink(StringBuilder page, string? href, string text)
    {
        if (Html.SafeHref(href) is { } safe)
        {
            page.Append("<a href=\"").Append(safe).Append("\" rel=\"noopener noreferrer\">").Append(Html.Escape(text)).Append("</a>");
        }
        else
        {
            page.Append(Html.Escape(text));
        }
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string TrendJson(AuditSummary summary)
    {
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.Default };
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("labels");
            foreach (var month in summary.Months)
            {
                writer.WriteStringValue(month.Month);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("checked");
            foreach (var month in summary.Months)
            {
                writer.WriteNumberValue(month.Checked);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("principles");
            for (var i = 0; i < PrincipleInfo.All.Count; i++)
            {
                writer.WriteStartObject();
                writer.WriteString("label", $"P{i + 1} {PrincipleInfo.All[i].Title().English}");
                writer.WriteStartArray("data");
                foreach (var month in summary.Months)
                {
                    writer.WriteNumberValue(month.ByPrinciple[i]);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Hash(string script) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)))}'";

    private static string LoadChartScript()
    {
        using var stream = typeof(AuditHtmlWriter).Assembly.GetManifestResourceStream("vendor/chart.umd.min.js")
            ?? throw new InvalidOperationException("Chart.js is not embedded.");
        using var reader = new StreamReader(stream);
        var script = reader.ReadToEnd();
        var map = script.LastIndexOf("//# sourceMappingURL=", StringComparison.Ordinal);
        script = map >= 0 ? script[..map] : script;
        if (script.Contains("</script", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("The embedded Chart.js contains </script and cannot be inlined.");
        }

        return script;
    }

    private const string InitScript = """
(function () {
  var data = JSON.parse(document.getElementById('trend-data').textContent);
  var canvas = document.getElementById('trend-chart');
  if (!window.Chart || !canvas || data.labels.length === 0) { return; }
  var colors = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1'];
  var datasets = data.principles.map(function (p, i) {
    return { type: 'bar', label: p.label, data: p.data, backgroundColor: colors[i], stack: 'findings', yAxisID: 'y', order: 2 };
  });
  datasets.push({ type: 'line', label: 'Messages checked', data: data.checked, borderColor: '#333', backgroundColor: '#333', yAxisID: 'y1', order: 1, tension: 0.2 });
  new window.Chart(canvas, {
    data: { labels: data.labels, datasets: datasets },
    options: {
      animation: false,
      responsive: false,
      scales: {
        x: { stacked: true },
        y: { stacked: true, beginAtZero: true, title: { display: true, text: 'Findings' } },
        y1: { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false }, title: { display: true, text: 'Messages checked' } }
      },
      plugins: { legend: { position: 'bottom' } }
    }
  });
  canvas.setAttribute('data-rendered', 'true');
})();
""";

    private const string Styles = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d1d1f;background:#fafafa;line-height:1.45}
header,main,footer{max-width:1000px;margin:0 auto;padding:0 20px}
header{padding-top:20px}h1{margin:0 0 4px}h2{margin-top:32px;border-bottom:1px solid #ddd;padding-bottom:4px}
.meta{color:#555;margin:0}.warning{background:#fff3cd;border:1px solid #e0c36a;padding:8px 12px;border-radius:6px}
.cards{display:flex;flex-wrap:wrap;gap:10px}.card{background:#fff;border:1px solid #e2e2e2;border-radius:8px;padding:10px 14px;min-width:110px;color:#555}
.card .n{display:block;font-size:1.6em;font-weight:600;color:#1d1d1f}
table{border-collapse:collapse;background:#fff;margin:8px 0}th,td{border:1px solid #e2e2e2;padding:4px 8px;text-align:left}
td.num,th.num{text-align:right}table.conversation th{font-weight:normal;color:#444}
canvas{background:#fff;border:1px solid #e2e2e2;border-radius:8px;max-width:100%}
.post{background:#fff;border:1px solid #e2e2e2;border-radius:8px;padding:10px 14px;margin:12px 0}
.post h3{margin:0 0 8px;font-size:1em}.score{float:right;color:#a00;font-weight:600}
.text{white-space:pre-wrap;word-wrap:break-word;background:#f6f6f6;padding:8px;border-radius:6px}
mark{border-radius:3px;padding:0 1px}mark.sev-error{background:#f8c4c4}mark.sev-warning{background:#ffe08a}mark.sev-info{background:#cfe3ff}
.badge{display:inline-block;font-size:.8em;padding:0 6px;border-radius:10px}.badge.sev-error{background:#f8c4c4}.badge.sev-warning{background:#ffe08a}.badge.sev-info{background:#cfe3ff}
.findings{margin:8px 0 0;padding-left:18px}.suggestion{color:#2d6a2d;margin-left:8px}
footer{color:#777;font-size:.85em;padding:30px 20px}
""";
}
