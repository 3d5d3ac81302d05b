using System.Text;
using MessageLint.Audit.Reports;
using MessageLint.Audit.Tests.Support;
using MessageLint.Core.Engine;
using MessageLint.Testing;
using MessageLint.Formats.Archive;

namespace MessageLint.Audit.Tests.Pipeline;

public class AuditPipelineTests
{
    [Fact]
    public void Every_record_read_is_checked_skipped_or_failed_and_the_counts_add_up()
    {
        using var reader = TelegramExportReader.Open(Fixtures.Telegram("malformed-result.json"), "malformed-result.json");

        var (summary, _) = AuditHarness.Run(reader);

        Assert.Equal(8, summary.Read);
        Assert.Equal(2, summary.Checked);
        Assert.Equal(0, summary.Skipped);
        Assert.Equal(6, summary.Failed);
        Assert.True(summary.IsReconciled);
        Assert.All(summary.Failures, f => Assert.Matches(@"^malformed-result\.json:\d+$", f.Location));
    }

    [Fact]
    public void Skipped_records_are_counted_by_reason()
    {
        using var reader = TelegramExportReader.Open(Fixtures.Telegram("channel-result.json"), "channel-result.json");

        var (summary, _) = AuditHarness.Run(reader);

        Assert.Equal(10, summary.Read);
        Assert.Equal(7, summary.Checked);
        Assert.Equal(
            [new(SkipReasons.Forwarded, 1), new(SkipReasons.NoText, 1), new KeyValuePair<string, long>(SkipReasons.Service, 1)],
            summary.SkippedByReason);
    }

    [Fact]
    public void With_an_author_only_their_messages_are_checked_and_the_others_are_skipped_as_other_authors()
    {
        using var reader = TelegramExportReader.Open(Fixtures.Telegram("personal-chat-result.json"), "personal-chat-result.json");

        var (summary, _) = AuditHarness.Run(reader, new AuditOptions { Own = new AuthorFilter([], ["user1001"]) });

        Assert.Equal(10, summary.Read);
        Assert.Equal(5, summary.Checked);
        Assert.Equal(4, summary.SkippedByReason.Single(r => r.Key == SkipReasons.OtherAuthor).Value);
        Assert.Equal(1, summary.SkippedByReason.Single(r => r.Key == SkipReasons.NoText).Value);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(4, 3)]
    [InlineData(2, 256)]
    [InlineData(3, 17)]
    public void The_json_report_is_the_same_bytes_whatever_the_parallelism_and_batch_size(int parallelism, int batchSize)
    {
        using var folder = new TempFolder();
        var archive = folder.Write("big.jsonl", GeneratedJsonl(1500));
        var expected = Report(folder, archive, "expected.json", 1, 64);

        var actual = Report(folder, archive, "actual.json", parallelism, batchSize);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void A_cancelled_run_reports_itself_interrupted_and_accounts_for_what_it_read()
    {
        using var folder = new TempFolder();
        using var reader = new JsonlArchiveReader(new MemoryStream(Encoding.UTF8.GetBytes(GeneratedJsonl(500))), "in.jsonl");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var (summary, stats) = AuditHarness.Run(reader, cancellationToken: cancel.Token);

        Assert.True(stats.Interrupted);
        Assert.True(summary.IsReconciled);
        Assert.True(summary.Read < 500);
    }

    [Fact]
    public void Each_batch_is_checked_on_one_thread_because_the_workers_already_fill_the_cores()
    {
        var recording = new ThreadRecordingRule();
        var batches = new BatchRecordingClassifier();
        var pipeline = new AuditPipeline(new LintEngine([recording], batches), LintSettings.Default, new AuditOptions { Parallelism = 2, BatchSize = LintEngine.ParallelBatchThreshold });
        var run = new AuditRunInfo { Source = "in.jsonl", InputFormat = "test", Profile = LintSettings.Default.Profile, Descriptors = [ThreadRecordingRule.Descriptor] };
        var jsonl = string.Concat(Enumerable.Range(1, 8 * LintEngine.ParallelBatchThreshold).Select(i => $"{{\"id\": {i}, \"text\": \"Message {i}\"}}\n"));
        using var reader = new JsonlArchiveReader(new MemoryStream(Encoding.UTF8.GetBytes(jsonl)), "in.jsonl");
        using var reports = new AuditReportSet(run, []);
        // Enough pool threads that a parallel loop inside a batch would hand its messages to other threads at once.
        ThreadPool.GetMinThreads(out var workers, out var ports);
        ThreadPool.SetMinThreads(Math.Max(workers, 16), ports);
        try
        {
            pipeline.Run(reader, reports, null, CancellationToken.None);
        }
        finally
        {
            ThreadPool.SetMinThreads(workers, ports);
        }

        // The engine scores each batch's sentences in one model call, so the calls tell which messages went together
        // (a batch is flushed early whenever the reader falls behind; only one of 64 or more would run in parallel).
        var large = batches.Batches.Where(batch => batch.Count >= LintEngine.ParallelBatchThreshold && batch.All(recording.ThreadByText.ContainsKey)).ToList();
        Assert.NotEmpty(large);
        Assert.All(large, batch => Assert.Single(batch.Select(text => recording.ThreadByText[text]).Distinct()));
    }

    internal static string GeneratedJsonl(int count)
    {
        var builder = new StringBuilder();
        for (var i = 1; i <= count; i++)
        {
            var text = (i % 5) switch
            {
                0 => $"Как я уже писал, пост {i} нужно СОГЛАСОВАТЬ СЕГОДНЯ!!!",
                1 => $"Post {i}: the mockups are ready, have a look when you can.",
                2 => $"Сообщение {i}: макет готов, посмотрите, пожалуйста.",
                3 => $"As I already said, post {i} is late because of you!!!",
                _ => $"Обновление {i}: тексты получили, спасибо.",
            };
            builder.Append("{\"id\": ").Append(i).Append(", \"date\": \"2024-").Append(((i % 12) + 1).ToString("00")).Append("-10T12:00:00\", \"text\": \"").Append(text).Append("\"}\n");
        }

        return builder.ToString();
    }

    private static byte[] Report(TempFolder folder, string archive, string name, int parallelism, int batchSize)
    {
        using var reader = new JsonlArchiveReader(File.OpenRead(archive), "big.jsonl");
        AuditHarness.Run(reader, new AuditOptions { Parallelism = parallelism, BatchSize = batchSize }, [new AuditJsonWriter(folder.File(name))]);
        return File.ReadAllBytes(folder.File(name));
    }
}
