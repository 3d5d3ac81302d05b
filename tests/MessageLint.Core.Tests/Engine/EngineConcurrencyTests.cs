using System.Collections.Concurrent;
using System.Globalization;
using MessageLint.Core.Engine;
using MessageLint.Core.Tests.TestRules;
using MessageLint.Core.Text;
using MessageLint.Testing;

namespace MessageLint.Core.Tests.Engine;

public sealed class EngineConcurrencyTests
{
    private static readonly string[] Templates =
    [
        "Привет! Нужно срочно поправить макет. Спасибо!!! 👍",
        "Hi Anna, can you send it asap? Thanks!!!",
        "Срочно!!! [messagelint-disable-line ML7901 -- quoting]\nДругая строка срочно.",
        "# Status\n\nWe need the logo **asap**.\n\n> quoted asap\n\n<!-- messagelint-disable-next-line -->\nasap!!!",
        "ок, сделаю сегодня\nсрочно не получится)))\nasap [messagelint-disable-line ML9999]",
        "Nothing to report here. All good.",
    ];

    [Fact]
    public void Analyzing_many_drafts_in_parallel_gives_the_same_diagnostics_as_one_at_a_time()
    {
        var engine = new LintEngine([new UrgentWordRule(), new ExclamationRunRule(), new ThrowingRule()]);
        var settings = new LintSettings();
        var drafts = Enumerable.Range(0, 600)
            .Select(i => (Text: Templates[i % Templates.Length] + new string('!', i % 5), Format: i % 3 == 0 ? DocumentFormat.Markdown : DocumentFormat.PlainText))
            .ToArray();

        var sequential = drafts.Select(d => Describe(engine.Analyze(MessageDocument.Parse(d.Text, d.Format), settings))).ToArray();
        var parallel = new ConcurrentDictionary<int, string>();
        Parallel.For(0, drafts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            parallel[i] = Describe(engine.Analyze(MessageDocument.Parse(drafts[i].Text, drafts[i].Format), settings)));

        Assert.Equal(sequential, Enumerable.Range(0, drafts.Length).Select(i => parallel[i]));
        Assert.Contains(sequential, s => s.Contains(UrgentWordRule.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void A_batch_checked_without_parallelism_runs_every_draft_on_the_callers_thread()
    {
        var recording = new ThreadRecordingRule();
        var engine = new LintEngine([recording]);
        var drafts = Enumerable.Range(0, 4 * LintEngine.ParallelBatchThreshold).Select(i => MessageDocument.Parse($"Draft {i}.")).ToArray();

        // Enough pool threads that a parallel loop would hand drafts to other threads at once (with the default
        // minimum, a loop's helpers can wait for the pool to grow until the caller has done everything alone).
        ThreadPool.GetMinThreads(out var workers, out var ports);
        ThreadPool.SetMinThreads(Math.Max(workers, 16), ports);
        IReadOnlyList<MessageReport> reports;
        try
        {
            reports = engine.AnalyzeBatch(drafts, null, parallel: false);
        }
        finally
        {
            ThreadPool.SetMinThreads(workers, ports);
        }

        Assert.Equal(drafts.Length, reports.Count);
        Assert.Equal(drafts.Length, recording.ThreadByText.Count);
        Assert.All(recording.ThreadByText.Values, thread => Assert.Equal(Environment.CurrentManagedThreadId, thread));
    }

    private static string Describe(MessageReport report)
        => string.Join(
            "; ",
            report.Diagnostics.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Id}@{d.Span}:{d.Severity}:{d.IsSuppressed}:{d.GetMessage()}")))
            + string.Create(CultureInfo.InvariantCulture, $" = {report.Score.Overall}");
}
