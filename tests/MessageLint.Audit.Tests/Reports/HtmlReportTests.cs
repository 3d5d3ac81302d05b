using System.Text.RegularExpressions;
using MessageLint.Audit.Tests.Support;

namespace MessageLint.Audit.Tests.Reports;

public class HtmlReportTests
{
    private static string Report(TempFolder folder, string input, params string[] extra)
    {
        InProcessCli.Run(folder.Path, null, ["audit", input, "--html", "report.html", .. extra]);
        return folder.Read("report.html");
    }

    [Fact]
    public void A_post_containing_a_script_tag_is_escaped_text_in_the_file()
    {
        using var folder = new TempFolder();

        var html = Report(folder, Fixtures.Telegram("channel-result.json"));

        Assert.Contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(html, "<script"));
    }

    [Fact]
    public void Markup_in_names_links_and_texts_from_the_archive_never_becomes_markup()
    {
        using var folder = new TempFolder();
        folder.Write("chat.jsonl", """
            {"id": "<b>7</b>", "author": "<img src=x onerror=alert(1)>", "date": "2024-01-05T10:00:00", "text": "Как я уже писал, <i>всё</i> готово \" onmouseover=\"alert(2)!!!"}
            """);

        var html = Report(folder, "chat.jsonl", "--author", "<img src=x onerror=alert(1)>");

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>7", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\" onmouseover", html, StringComparison.Ordinal);
        Assert.Contains("&lt;i&gt;всё&lt;/i&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_suggestion_shows_its_text_once_whether_or_not_the_title_quotes_it()
    {
        using var folder = new TempFolder();
        folder.Write("chat.jsonl", """
            {"id": "1", "date": "2024-01-05T10:00:00", "text": "Как я уже писал, макет готов. Пришлите тексты!!!"}
            """);

        var html = Report(folder, "chat.jsonl");

        Assert.Contains("Suggestion: Напомнить без упрёка → <q>Напомню</q></div>", html, StringComparison.Ordinal);
        Assert.Contains("Suggestion: Заменить на «.»</div>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<q>.</q>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_reports_own_scripts_may_run_under_its_content_security_policy()
    {
        using var folder = new TempFolder();

        var html = Report(folder, Fixtures.Telegram("channel-result.json"));

        var policy = Regex.Match(html, "Content-Security-Policy\" content=\"([^\"]+)\"").Groups[1].Value;
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(policy, "'sha256-"));
        Assert.DoesNotContain("unsafe-inline'; script", policy.Replace("style-src 'unsafe-inline';", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_is_self_contained_with_no_address_to_fetch()
    {
        using var folder = new TempFolder();

        var html = Report(folder, Fixtures.Telegram("channel-result.json"));

        Assert.DoesNotMatch("<(script|link|img)[^>]+(src|href)=", html);
        Assert.DoesNotContain("sourceMappingURL", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Chromium_shows_the_totals_the_rendered_chart_and_the_script_as_text()
    {
        using var folder = new TempFolder();
        Report(folder, Fixtures.Telegram("channel-result.json"), "--channel", "pixel_studio");

        var dom = Chromium.DumpDom(folder.File("report.html"), folder.File("profile"));

        Assert.Contains("<span class=\"n\" id=\"total-read\">10</span>", dom, StringComparison.Ordinal);
        Assert.Contains("<span class=\"n\" id=\"total-checked\">7</span>", dom, StringComparison.Ordinal);
        Assert.Contains("Read 10 = checked 7 + skipped 3 + failed 0.", dom, StringComparison.Ordinal);
        Assert.Matches("<canvas id=\"trend-chart\"[^>]*data-rendered=\"true\"", dom);
        Assert.Contains("&lt;script&gt;alert('xss')&lt;/script&gt;", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", dom, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://t.me/pixel_studio/3\"", dom, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"sev-warning\"", dom, StringComparison.Ordinal);
    }

    [Fact]
    public void Chromium_renders_the_conversation_section_of_a_two_party_chat()
    {
        using var folder = new TempFolder();
        Report(folder, Fixtures.Telegram("personal-chat-result.json"), "--from-id", "user1001");

        var dom = Chromium.DumpDom(folder.File("report.html"), folder.File("profile"));

        Assert.Contains("<th>Times they asked for status</th><td>2</td>", dom, StringComparison.Ordinal);
        Assert.Contains("Как дела с макетом каталога?", dom, StringComparison.Ordinal);
        Assert.Contains("<th>Working rules stated</th><td>yes, first in #1 on 2024-04-01", dom, StringComparison.Ordinal);
    }
}
