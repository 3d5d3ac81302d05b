using System.Globalization;
using MessageLint.Core.Engine;

namespace MessageLint.Cli.Commands;

/// <summary>
/// Prints <c>--timings</c>: time in each rule and in the model, slowest first, with its share and the
/// cost per draft, on stderr so it never mixes with a report on stdout; then the garbage collector's
/// line, since a thread paused for a collection shows in no rule's time yet slows every rule down.
/// </summary>
public static class TimingsTable
{
    /// <summary>Writes the table; <paramref name="drafts"/> is how many drafts were checked.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<RuleTiming> timings, long drafts)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(timings);
        var total = timings.Sum(t => t.Elapsed.TotalMilliseconds);
        var nameWidth = Math.Max("Rule".Length, timings.Count == 0 ? 0 : timings.Max(t => t.Name.Length));
        var culture = CultureInfo.InvariantCulture;
        writer.WriteLine();
        writer.WriteLine(string.Create(culture, $"Timings over {drafts:N0} draft{(drafts == 1 ? string.Empty : "s")} (time inside each rule and the model, summed over threads; a first call includes loading and JIT):"));
        writer.WriteLine(string.Create(culture, $"  {"Rule".PadRight(nameWidth)}  {"Time ms",10}  {"Share",6}  {"µs/draft",9}"));
        foreach (var timing in timings)
        {
            var milliseconds = timing.Elapsed.TotalMilliseconds;
            var share = total > 0 ? milliseconds / total : 0;
            var perDraft = drafts > 0 ? milliseconds * 1000 / drafts : 0;
            writer.WriteLine(string.Create(culture, $"  {timing.Name.PadRight(nameWidth)}  {milliseconds,10:N1}  {share,6:P1}  {perDraft,9:N1}"));
        }

        writer.WriteLine(string.Create(culture, $"  {"total".PadRight(nameWidth)}  {total,10:N1}"));
        writer.WriteLine(GarbageCollectionLine(System.Runtime.GCSettings.IsServerGC, GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration()));
    }

    /// <summary>The garbage collector's line for the whole process: its mode, collections (each generation's count includes the older ones') and time paused.</summary>
    private static string GarbageCollectionLine(bool server, int collections, int olderCollections, int generation2Collections, TimeSpan paused)
        => string.Create(
            CultureInfo.InvariantCulture,
            $"Garbage collection ({(server ? "server" : "workstation")}): {collections:N0} collections ({olderCollections:N0} of generation 1 or 2, {generation2Collections:N0} of generation 2); threads paused {paused.TotalMilliseconds:N0} ms in all.");
}
