using System.Text.RegularExpressions;
using MessageLint.Core.Lexicons;
using MessageLint.Core.Text;
using MessageLint.Rules.Infrastructure;
using MessageLint.Testing;

namespace MessageLint.Rules.Tests;

/// <summary>
/// Every lexicon chunk runs interpreted at first and compiled once it is used often, so both copies
/// must find the same matches. They are meant to by construction, but .NET's regex compiler once spun
/// for ever on an ML7001 entry (a lazy loop followed by a look-ahead) that the interpreter answered at
/// once: an audit would have stalled on the 4,097th message that reached the chunk, with no error.
/// </summary>
public sealed class LexiconCompilationTests
{
    /// <summary>
    /// Far above any real match (microseconds) and far below CI's patience: only a copy that never
    /// returns reaches it, and the test then names the chunk instead of hanging the run.
    /// </summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Each chunk is tried where matching tries it: an indexed chunk only at the starts of its anchors in a text, with
    /// <c>\G</c> in front, exactly as <see cref="Lexicon"/> runs it; a chunk the index cannot follow scans every text.
    /// Running every chunk over every text instead took about 13 of the suite's minutes on two cores and tried
    /// expressions where they never run.
    /// </summary>
    [Fact]
    public void Compiled_chunks_find_exactly_what_interpreted_ones_find()
    {
        var texts = RepositoryFiles.CorpusTexts()
            .SelectMany(text => MessageDocument.Parse(text).Sentences.Select(s => s.Prose))
            .Concat(EmbeddedRuleResources.DocNames.SelectMany(doc => EmbeddedRuleResources.Read(doc)!.Split('\n')))
            .Select(Lexicon.Fold)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var chunks = EmbeddedRuleResources.ResourceNames
            .Where(n => n.StartsWith("lexicons/", StringComparison.Ordinal) && n.Count(c => c == '/') == 2)
            .Select(n => n["lexicons/".Length..^".txt".Length].Split('/'))
            .Select(parts => LexiconStore.Get(parts[0], parts[1]))
            .SelectMany(lexicon => Enumerable.Range(0, lexicon.ChunkCount).Select(chunk => new ChunkCopies(lexicon, chunk)))
            .ToList();
        Assert.True(chunks.Count > 400, $"{chunks.Count} chunks");

        var differences = new System.Collections.Concurrent.ConcurrentDictionary<string, string>();
        Parallel.ForEach(texts, text =>
        {
            foreach (var copies in chunks)
            {
                if (copies.FindDifference(text) is { } difference)
                {
                    differences.TryAdd(copies.Name, $"{copies.Name}: {difference} on \"{text}\"");
                }
            }
        });

        Assert.Contains(chunks, copies => copies.TriedAtAnchors > 0);
        Assert.True(differences.IsEmpty, string.Join('\n', differences.Values.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void The_guard_names_a_copy_that_never_returns()
    {
        // A nested quantifier that backtracks exponentially stands in for a compiler bug: the guard must
        // turn it into a named difference, not a hung test.
        var slow = new Regex("^(a+)+$", RegexOptions.None, TimeSpan.FromMilliseconds(50));
        var fast = new Regex("^a+$", RegexOptions.None, HangGuard);

        Assert.Equal("the first copy never returned", Compare(slow, fast, new string('a', 40) + "!"));
        Assert.Null(Compare(fast, fast, "aaa"));
    }

    /// <summary>Null when both copies find the same matches, else what differs.</summary>
    private static string? Compare(Regex first, Regex second, string text, int start = 0)
    {
        string firstMatches, secondMatches;
        try
        {
            firstMatches = Describe(first, text, start);
        }
        catch (RegexMatchTimeoutException)
        {
            return "the first copy never returned";
        }

        try
        {
            secondMatches = Describe(second, text, start);
        }
        catch (RegexMatchTimeoutException)
        {
            return "the compiled copy never returned";
        }

        return firstMatches == secondMatches ? null : $"interpreted [{firstMatches}], compiled [{secondMatches}]";
    }

    private static string Describe(Regex regex, string text, int start)
        => string.Join(' ', regex.Matches(text, start).Select(m => $"{m.Index}+{m.Length}"));

    /// <summary>One chunk's interpreted and compiled copies, built on first use, in the form matching runs it.</summary>
    private sealed class ChunkCopies(Lexicon lexicon, int chunk)
    {
        private readonly Lazy<(Regex Interpreted, Regex Compiled)> _scanning = new(() => Build(lexicon.ChunkSource(chunk)));
        private readonly Lazy<(Regex Interpreted, Regex Compiled)> _anchored = new(() => Build(lexicon.AnchoredChunkSource(chunk)));
        private int _triedAtAnchors;

        public string Name { get; } = $"{lexicon.Name} chunk {chunk}";

        /// <summary>How many times the chunk was tried at an anchor's start, so the test knows the index was used.</summary>
        public int TriedAtAnchors => Volatile.Read(ref _triedAtAnchors);

        /// <summary>Null when both copies answer alike wherever matching would try the chunk in the text, else what differs.</summary>
        public string? FindDifference(string text)
        {
            if (lexicon.ChunkTrialStarts(chunk, text) is not { } starts)
            {
                return Compare(_scanning.Value.Interpreted, _scanning.Value.Compiled, text, 0);
            }

            foreach (var start in starts)
            {
                Interlocked.Increment(ref _triedAtAnchors);
                if (Compare(_anchored.Value.Interpreted, _anchored.Value.Compiled, text, start) is { } difference)
                {
                    return $"{difference} at {start}";
                }
            }

            return null;
        }

        private static (Regex Interpreted, Regex Compiled) Build((string Pattern, RegexOptions Options) source)
            => (new Regex(source.Pattern, source.Options, HangGuard), new Regex(source.Pattern, source.Options | RegexOptions.Compiled, HangGuard));
    }
}
