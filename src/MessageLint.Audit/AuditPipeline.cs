using System.Threading.Channels;
using MessageLint.Audit.Metrics;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;
using MessageLint.Formats.Archive;

namespace MessageLint.Audit;

/// <summary>
/// Audits an archive as a stream: a reader thread pulls records, the dispatcher numbers them, keeps
/// this shard's, and packs them into batches; workers on every core check each batch with one
/// <see cref="LintEngine.AnalyzeBatch"/> call (so a classifier scores the batch at once); the
/// collector hands outcomes to the sink in input order. Bounded channels between the stages keep
/// memory to a few batches whatever the archive's size. Cancelling stops reading; batches already
/// taken are finished and handed over, so what was read is reported.
/// </summary>
public sealed class AuditPipeline
{
    private const int RecordQueueCapacity = 4096;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LintEngine, object> Warmed = [];

    private readonly LintEngine _engine;
    private readonly LintSettings _settings;
    private readonly AuditOptions _options;
    private readonly MessageDocumentParser _parser;

    /// <summary>Creates a pipeline around an engine and the settings to check with.</summary>
    public AuditPipeline(LintEngine engine, LintSettings settings, AuditOptions options)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        _engine = engine;
        _settings = settings;
        _options = options;
        _parser = new MessageDocumentParser(forcedLanguage: settings.DraftLanguage);
    }

    /// <summary>Runs to the end of the input or until cancelled; outcomes reach the sink in input order.</summary>
    public AuditRunStats Run(IArchiveReader reader, IAuditSink sink, Action<AuditProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sink);
        return RunAsync(reader, sink, progress, cancellationToken).GetAwaiter().GetResult();
    }

    private async Task<AuditRunStats> RunAsync(IArchiveReader reader, IAuditSink sink, Action<AuditProgress>? progress, CancellationToken cancellationToken)
    {
        WarmUp();
        var parallelism = Math.Max(1, _options.Parallelism);
        var records = Channel.CreateBounded<ArchiveRecord>(new BoundedChannelOptions(RecordQueueCapacity) { SingleReader = true, SingleWriter = true });
        var work = Channel.CreateBounded<AuditBatch>(new BoundedChannelOptions(parallelism * 2) { SingleWriter = true });
        var ordered = Channel.CreateBounded<AuditBatch>(new BoundedChannelOptions((parallelism * 2) + 2) { SingleReader = true, SingleWriter = true });

        // The reader may block in I/O (standard input) where no token can reach it, so it runs on its
        // own thread and is abandoned, not awaited, when the run is cancelled.
        var readerThread = new Thread(() => Produce(reader, records.Writer, cancellationToken)) { IsBackground = true, Name = "messagelint-audit-reader" };
        readerThread.Start();

        var workers = Enumerable.Range(0, parallelism).Select(_ => Task.Run(() => WorkAsync(work.Reader), CancellationToken.None)).ToArray();
        var read = 0L;
        var collector = Task.Run(() => CollectAsync(ordered.Reader, sink, progress, reader, () => Interlocked.Read(ref read)), CancellationToken.None);

        var census = new InputCensus(_options.Own is { IsEmpty: false } own ? own : null);
        var dispatch = await DispatchAsync(records.Reader, work.Writer, ordered.Writer, census, count => Interlocked.Exchange(ref read, count), cancellationToken).ConfigureAwait(false);
        work.Writer.Complete();
        ordered.Writer.Complete();
        await Task.WhenAll(workers).ConfigureAwait(false);
        await collector.ConfigureAwait(false);
        if (dispatch.ReaderError is { } error)
        {
            throw new InvalidOperationException($"Reading {reader.Source} failed: {error.Message}", error);
        }

        return new AuditRunStats(dispatch.OtherShards, dispatch.Interrupted, census);
    }

    /// <summary>
    /// Checks a short Russian and English sample once per engine before the workers start. Rules'
    /// compiled regular expressions are JIT-compiled on their first match, and that first match
    /// counts against the rules' match timeout: on a busy machine several workers hitting it at once
    /// could time out and report a spurious rule failure (ML0006) for the first messages.
    /// </summary>
    private void WarmUp()
    {
        if (Warmed.TryGetValue(_engine, out _))
        {
            return;
        }

        const string sample = "Как я уже писал, макет готов. Когда будет ответ?\nAs I said, the mockup is ready. Any update?";
        foreach (var format in new[] { DocumentFormat.PlainText, DocumentFormat.Markdown })
        {
            try
            {
                _engine.AnalyzeBatch([_parser.Parse(sample, format)], _settings);
                ConversationLexicons.IsStatusQuestion(sample);
                ConversationLexicons.StatesWorkingRules(sample);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A failure here shows up again, and is reported, on the real messages.
                break;
            }
        }

        Warmed.AddOrUpdate(_engine, new object());
    }

    private static void Produce(IArchiveReader reader, ChannelWriter<ArchiveRecord> writer, CancellationToken cancellationToken)
    {
        Exception? error = null;
        try
        {
            foreach (var record in reader.ReadRecords(cancellationToken))
            {
                while (!writer.TryWrite(record))
                {
                    if (!writer.WaitToWriteAsync(cancellationToken).AsTask().GetAwaiter().GetResult())
                    {
                        return;
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            error = ex;
        }
        finally
        {
            writer.TryComplete(error);
        }
    }

    private async Task<(long OtherShards, bool Interrupted, Exception? ReaderError)> DispatchAsync(
        ChannelReader<ArchiveRecord> records,
        ChannelWriter<AuditBatch> work,
        ChannelWriter<AuditBatch> ordered,
        InputCensus census,
        Action<long> reportRead,
        CancellationToken cancellationToken)
    {
        var sequence = 0L;
        var otherShards = 0L;
        var batch = new AuditBatch();
        var interrupted = false;
        Exception? readerError = null;

        async Task Flush()
        {
            if (batch.Items.Count == 0)
            {
                return;
            }

            // Ordered first: the collector learns of a batch before any worker can finish it.
            await ordered.WriteAsync(batch, CancellationToken.None).ConfigureAwait(false);
            await work.WriteAsync(batch, CancellationToken.None).ConfigureAwait(false);
            batch = new AuditBatch();
        }

        void Take(ArchiveRecord record)
        {
            census.Add(record);
            var key = KeyOf(record, sequence);
            if (_options.Shard is { } shard && !shard.Contains(key))
            {
                otherShards++;
            }
            else
            {
                batch.Add(Plan(sequence, key, record));
            }

            sequence++;
            reportRead(sequence);
        }

        try
        {
            while (true)
            {
                while (records.TryRead(out var record))
                {
                    Take(record);
                    if (batch.CheckCount >= _options.BatchSize || batch.Items.Count >= _options.BatchSize * 4)
                    {
                        await Flush().ConfigureAwait(false);
                    }

                    if (cancellationToken.IsCancellationRequested)
                    {
                        break;
                    }
                }

                if (cancellationToken.IsCancellationRequested)
                {
                    interrupted = true;
                    break;
                }

                // Nothing queued: hand over the partial batch so a slow input (a pipe) still shows progress.
                await Flush().ConfigureAwait(false);
                if (!await records.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            interrupted = true;
        }
        catch (ChannelClosedException ex)
        {
            readerError = ex.InnerException ?? ex;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException && records.Completion.IsFaulted)
        {
            readerError = records.Completion.Exception?.InnerException ?? ex;
        }

        if (interrupted)
        {
            // Records already queued were read: account for them too.
            while (records.TryRead(out var record))
            {
                Take(record);
            }
        }

        await Flush().ConfigureAwait(false);
        return (otherShards, interrupted, readerError);
    }

    private static string KeyOf(ArchiveRecord record, long sequence)
    {
        var id = record.Id ?? $"#{sequence}";
        var key = record.Chat is { } chat ? $"{chat.Id}/{id}" : id;
        return record.Scope is { } scope ? $"{scope}:{key}" : key;
    }

    private AuditItem Plan(long sequence, string key, ArchiveRecord record)
    {
        var own = _options.Own;
        var role = own is null || own.IsEmpty ? MessageRole.Unknown : own.Matches(record.Author, record.AuthorId) ? MessageRole.Own : MessageRole.Other;
        var outcome = record.Kind switch
        {
            ArchiveRecordKind.Failed => OutcomeFactory.FromRecord(sequence, key, record, role, OutcomeStatus.Failed, record.Reason ?? "unreadable", record.ReasonDetail),
            ArchiveRecordKind.Skipped => OutcomeFactory.FromRecord(sequence, key, record, role, OutcomeStatus.Skipped, record.Reason, record.ReasonDetail),
            _ when role == MessageRole.Other => OutcomeFactory.FromRecord(sequence, key, record, role, OutcomeStatus.Skipped, SkipReasons.OtherAuthor, record.Author ?? record.AuthorId),
            _ when record.Text!.Length > _options.MaxTextChars => OutcomeFactory.FromRecord(sequence, key, record, role, OutcomeStatus.Skipped, SkipReasons.TooLarge, $"{record.Text.Length} characters"),
            _ => OutcomeFactory.FromRecord(sequence, key, record, role, OutcomeStatus.Checked, null, null),
        };
        return new AuditItem(outcome, record.Kind == ArchiveRecordKind.Message ? record.Text : null, record.Format);
    }

    private async Task WorkAsync(ChannelReader<AuditBatch> work)
    {
        await foreach (var batch in work.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                batch.Results = Check(batch);
                batch.Completion.TrySetResult();
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                batch.Completion.TrySetException(ex);
            }
        }
    }

    private MessageOutcome[] Check(AuditBatch batch)
    {
        var results = new MessageOutcome[batch.Items.Count];
        var documents = new List<MessageDocument>(batch.CheckCount);
        var positions = new List<int>(batch.CheckCount);
        for (var i = 0; i < batch.Items.Count; i++)
        {
            var item = batch.Items[i];
            results[i] = WithFlags(item);
            if (item.Outcome.Status != OutcomeStatus.Checked)
            {
                continue;
            }

            try
            {
                documents.Add(_parser.Parse(item.Text!, item.Format, item.Outcome.Id));
                positions.Add(i);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                results[i] = results[i] with { Status = OutcomeStatus.Failed, Reason = $"could not be parsed: {ex.Message}" };
            }
        }

        IReadOnlyList<MessageReport>? reports = null;
        try
        {
            // The workers already check one batch per core; a parallel loop inside the batch would only oversubscribe them.
            reports = _engine.AnalyzeBatch(documents, _settings, parallel: false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // One bad message must not sink its batch: check them one by one to find it.
            reports = null;
        }

        for (var j = 0; j < positions.Count; j++)
        {
            var i = positions[j];
            try
            {
                var report = reports is null ? _engine.Analyze(documents[j], _settings) : reports[j];
                results[i] = OutcomeFactory.Checked(results[i], report);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                results[i] = results[i] with { Status = OutcomeStatus.Failed, Reason = $"could not be checked: {ex.Message}" };
            }
        }

        return results;
    }

    private static MessageOutcome WithFlags(AuditItem item)
    {
        var outcome = item.Outcome;
        if (item.Text is null || outcome.Role == MessageRole.Unknown)
        {
            return outcome;
        }

        try
        {
            return Flag(item, outcome);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            // A pathological text must not sink its batch; it just goes uncounted in the metrics.
            return outcome;
        }
    }

    private static MessageOutcome Flag(AuditItem item, MessageOutcome outcome)
    {
        return outcome.Role == MessageRole.Other
            ? ConversationLexicons.IsStatusQuestion(item.Text!) ? outcome with { IsStatusQuestion = true, Text = item.Text } : outcome
            : outcome with { StatesRules = ConversationLexicons.StatesWorkingRules(item.Text!) };
    }

    private static async Task CollectAsync(ChannelReader<AuditBatch> ordered, IAuditSink sink, Action<AuditProgress>? progress, IArchiveReader reader, Func<long> read)
    {
        var done = 0L;
        var reported = 0L;
        Exception? failure = null;
        await foreach (var batch in ordered.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                await batch.Completion.Task.ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failure ??= ex;
                continue;
            }

            foreach (var outcome in batch.Results!)
            {
                sink.Add(outcome);
                done++;
                reported += outcome.ReportedCount;
            }

            progress?.Invoke(new AuditProgress(read(), done, reported, reader.Progress));
        }

        if (failure is not null)
        {
            throw new InvalidOperationException($"Checking a batch failed: {failure.Message}", failure);
        }
    }
}
