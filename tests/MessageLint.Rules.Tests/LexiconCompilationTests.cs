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

    [Fact]
    public void Compiled_chunks_find_exactly_what_interpreted_ones_find()
    {
        var texts = RepositoryFiles.CorpusTexts()
            .SelectMany(text => MessageDocument.Parse(text).Sentences.Select(s => s.Prose))
            .Concat(EmbeddedRuleResources.DocNames.SelectMany(doc => EmbeddedRuleResources.Read(doc)!.Split('\n')))
            .Select(Lexicon.Fold)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var lexicons = EmbeddedRuleResources.ResourceNames
            .Where(n => n.StartsWith("lexicons/", StringComparison.Ordinal) && n.Count(c => c == '/') == 2)
            .Select(n => Lexicon.Parse(n, EmbeddedRuleResources.Read(n)!))
            .ToList();
        Assert.True(lexicons.Count > 100);

        var differences = new List<string>();
        var chunks = 0;
        foreach (var lexicon in lexicons)
        {
            for (var chunk = 0; chunk < lexicon.ChunkCount; chunk++, chunks++)
            {
                var (pattern, options) = lexicon.ChunkSource(chunk);
                var interpreted = new Regex(pattern, options, HangGuard);
                var compiled = new Regex(pattern, options | RegexOptions.Compiled, HangGuard);
                foreach (var text in texts)
                {
                    var difference = Compare(interpreted, compiled, text);
                    if (difference is not null)
                    {
                        differences.Add($"{lexicon.Name} chunk {chunk}: {difference} on \"{text}\"");
                        break;
                    }
                }
            }
        }

        Assert.True(chunks > 400, $"{chunks} chunks");
        Assert.True(differences.Count == 0, string.Join('\n', differences));
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
    private static string? Compare(Regex first, Regex second, string text)
    {
        string firstMatches, secondMatches;
        try
        {
            firstMatches = Describe(first, text);
        }
        catch (RegexMatchTimeoutException)
        {
            return "the first copy never returned";
        }

        try
        {
            secondMatches = Describe(second, text);
        }
        catch (RegexMatchTimeoutException)
        {
            return "the compiled copy never returned";
        }

        return firstMatches == secondMatches ? null : $"interpreted [{firstMatches}], compiled [{secondMatches}]";
    }

    private static string Describe(Regex regex, string text)
        => string.Join(' ', regex.Matches(text).Select(m => $"{m.Index}+{m.Length}"));
}
