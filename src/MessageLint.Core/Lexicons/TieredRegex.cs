using System.Text.RegularExpressions;

namespace MessageLint.Core.Lexicons;

/// <summary>
/// A regular expression that starts interpreted and switches to a compiled copy once it has been
/// used often. Compiling a large alternation costs up to seconds of JIT, which a one-message CLI run
/// should not pay; a batch of thousands of messages earns it back. The compiled copy is built and
/// warmed on a worker thread and swapped in atomically; both copies are thread-safe, so callers never wait.
/// Even the interpreted copy is built on first use: the anchor index lets most of the 2,300 lexicon chunks
/// sit unused in a short check, and parsing all of them cost about 40 ms of every process start.
/// </summary>
internal sealed class TieredRegex
{
    /// <summary>
    /// Matches after which the compiled copy is built. On an audit of varied posts (100,000 records drawn
    /// from the labelled corpora) hundreds of chunks pass a few hundred uses and few pass thousands: at
    /// 256 their compilation cost more JIT time than it saved (13.6 against 12.1 CPU s when never
    /// compiling), while at 4,096 the first pass took 11.7–12.9 CPU s and later passes ran as fast as at 256.
    /// </summary>
    internal const int CompileAfter = 4096;

    private readonly string _pattern;
    private readonly RegexOptions _options;
    private volatile Regex? _current;
    private int _uses;

    public TieredRegex(string pattern, RegexOptions options)
    {
        _pattern = pattern;
        _options = options & ~RegexOptions.Compiled;
    }

    /// <summary>The expression's source, for tests that compare the two copies.</summary>
    internal string Pattern => _pattern;

    /// <summary>The options both copies share (the compiled copy adds <see cref="RegexOptions.Compiled"/>).</summary>
    internal RegexOptions Options => _options;

    /// <summary>The expression to match with now.</summary>
    public Regex Current
    {
        get
        {
            // Counting stops once the threshold is passed: an interlocked increment on a counter shared by
            // every core costs more than a short match once the compiled copy is in.
            if (Volatile.Read(ref _uses) < CompileAfter && Interlocked.Increment(ref _uses) == CompileAfter)
            {
                _ = Task.Run(CompileInBackground);
            }

            return _current ?? Interpreted();
        }
    }

    private Regex Interpreted()
    {
        var created = new Regex(_pattern, _options);
        return Interlocked.CompareExchange(ref _current, created, null) ?? created;
    }

    private void CompileInBackground()
    {
        var compiled = new Regex(_pattern, _options | RegexOptions.Compiled);

        // The first match pays for the JIT here, not in a caller's match.
        compiled.Match(WarmUp.Text);
        _current = compiled;
    }
}
