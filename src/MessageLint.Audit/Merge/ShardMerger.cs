using MessageLint.Audit.Baseline;

namespace MessageLint.Audit.Merge;

/// <summary>
/// Combines the JSON reports of shards 1..n of one run into the outcome stream of the whole run:
/// outcomes are merged by their input sequence number, which every shard numbered the same way, so
/// the merged reports are the ones a single run would have written. Refuses shards that are missing,
/// repeated, of different runs or of different settings.
/// </summary>
public sealed class ShardMerger : IDisposable
{
    private readonly List<ShardResultReader> _shards;

    private ShardMerger(List<ShardResultReader> shards) => _shards = shards;

    /// <summary>The shards, in index order.</summary>
    public IReadOnlyList<ShardResultReader> Shards => _shards;

    /// <summary>Opens and checks the shard reports; throws <see cref="InvalidDataException"/> with the reason when they do not form one run.</summary>
    public static ShardMerger Open(IReadOnlyList<(string Path, string Display)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var shards = new List<ShardResultReader>();
        try
        {
            foreach (var (path, display) in files)
            {
                shards.Add(ShardResultReader.Open(path, display));
            }

            Validate(shards);
            shards.Sort((a, b) => a.Shard!.Index.CompareTo(b.Shard!.Index));
            return new ShardMerger(shards);
        }
        catch
        {
            foreach (var shard in shards)
            {
                shard.Dispose();
            }

            throw;
        }
    }

    /// <summary>All outcomes of all shards in input order.</summary>
    public IEnumerable<MessageOutcome> ReadOutcomes()
    {
        var queue = new PriorityQueue<IEnumerator<MessageOutcome>, long>();
        var enumerators = new List<IEnumerator<MessageOutcome>>();
        try
        {
            foreach (var shard in _shards)
            {
                var enumerator = shard.ReadOutcomes().GetEnumerator();
                enumerators.Add(enumerator);
                if (enumerator.MoveNext())
                {
                    queue.Enqueue(enumerator, enumerator.Current.Sequence);
                }
            }

            var last = -1L;
            while (queue.TryDequeue(out var next, out var sequence))
            {
                if (sequence <= last)
                {
                    throw new InvalidDataException($"Record {sequence} appears in two shards or out of order; were the shards made from the same input?");
                }

                last = sequence;
                yield return next.Current;
                if (next.MoveNext())
                {
                    queue.Enqueue(next, next.Current.Sequence);
                }
            }
        }
        finally
        {
            foreach (var enumerator in enumerators)
            {
                enumerator.Dispose();
            }
        }
    }

    /// <summary>Baseline results no longer found, from all shards, in baseline order (after <see cref="ReadOutcomes"/>).</summary>
    public IReadOnlyList<BaselineEntry> Absent => [.. _shards.SelectMany(s => s.Absent).OrderBy(e => e.Index)];

    /// <summary>True when any shard was interrupted (after <see cref="ReadOutcomes"/>).</summary>
    public bool Interrupted => _shards.Any(s => s.Interrupted);

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var shard in _shards)
        {
            shard.Dispose();
        }
    }

    private static void Validate(List<ShardResultReader> shards)
    {
        if (shards.Count == 0)
        {
            throw new InvalidDataException("no shard reports given");
        }

        foreach (var shard in shards.Where(s => s.Shard is null))
        {
            throw new InvalidDataException($"{shard.DisplayPath} is not a shard: it was made without --shard");
        }

        var count = shards[0].Shard!.Count;
        if (shards.FirstOrDefault(s => s.Shard!.Count != count) is { } other)
        {
            throw new InvalidDataException($"{other.DisplayPath} is shard {other.Shard} but {shards[0].DisplayPath} is shard {shards[0].Shard}: they come from different splits");
        }

        var header = shards[0].Run?.GetRawText();
        if (shards.FirstOrDefault(s => s.Run?.GetRawText() != header) is { } different)
        {
            throw new InvalidDataException($"{different.DisplayPath} was made from another input or with other settings than {shards[0].DisplayPath}");
        }

        var indices = shards.Select(s => s.Shard!.Index).ToList();
        if (indices.GroupBy(i => i).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw new InvalidDataException($"shard {repeated.Key}/{count} is given twice");
        }

        var missing = Enumerable.Range(1, count).Except(indices).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"shard{(missing.Count > 1 ? "s" : string.Empty)} {string.Join(", ", missing.Select(m => $"{m}/{count}"))} missing");
        }
    }
}
