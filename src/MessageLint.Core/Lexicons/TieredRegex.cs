using System.Text.RegularExpressions;

namespace MessageLint.Core.Lexicons;

/// <summary>
/// A regular expression that starts interpreted and switches to a compiled copy once it has been
/// used often. Compiling a large alternation costs up to seconds of JIT, which a one-message CLI run
/// should not pay; a batch of thousands of messages earns it back. The compiled copy is built and
/// warmed on a worker thread and swapped in atomically; both copies are thread-safe, so callers never wait.
/// Even the interpreted copy is built on first use: the anchor index lets most of the 2,300 lexicon chunks
/// sit unused in a short check, and parsing all of them cost about 40 ms of every process start.
/// The compiled engine has had bugs the interpreter has not (an expression of the twenty-eighth session threw
/// IndexOutOfRangeException on some sentences), and lexicons are user-editable, so a compiled copy that throws
/// is dropped for good and the match is answered by the interpreted copy instead of failing a whole audit. So is one
/// that does not return within <see cref="CompiledMatchTimeout"/>: the compiled engine has also spun for ever where the
/// interpreter answered at once (lazy loops tried at an anchor, thirtieth session), which would have stalled an audit.
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

    /// <summary>
    /// How long one match of the compiled copy may run before it is taken for an engine fault. A real match takes
    /// microseconds, so only a copy that never returns reaches it; the interpreted copy has no timeout, as lexicons are
    /// reviewed data and a timeout there fired on JIT time alone on a busy machine and dropped findings.
    /// </summary>
    internal static readonly TimeSpan CompiledMatchTimeout = TimeSpan.FromSeconds(5);

    private readonly string _pattern;
    private readonly RegexOptions _options;
    private readonly Func<string, RegexOptions, Regex> _compile;
    private volatile Regex? _current;
    private volatile bool _compiledFailed;
    private int _uses;

    public TieredRegex(string pattern, RegexOptions options)
        : this(pattern, options, static (source, compiledOptions) => new Regex(source, compiledOptions, CompiledMatchTimeout))
    {
    }

    /// <summary>Builds the compiled copy with <paramref name="compile"/>: tests pass one whose engine fails.</summary>
    internal TieredRegex(string pattern, RegexOptions options, Func<string, RegexOptions, Regex> compile)
    {
        _pattern = pattern;
        _options = options & ~RegexOptions.Compiled;
        _compile = compile;
    }

    /// <summary>True once a compiled copy has thrown and the interpreted copy has taken over for good.</summary>
    internal bool CompiledCopyFailed => _compiledFailed;

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

    /// <summary>Whether the expression matches at or after <paramref name="startAt"/>; survives a failing compiled copy.</summary>
    public bool IsMatch(string input, int startAt)
        => Run((input, startAt), static (regex, state) => regex.IsMatch(state.input, state.startAt));

    /// <summary>The first match at or after <paramref name="startAt"/>; survives a failing compiled copy.</summary>
    public Match Match(string input, int startAt)
        => Run((input, startAt), static (regex, state) => regex.Match(state.input, state.startAt));

    /// <summary>
    /// Runs <paramref name="match"/> on the current copy, and on the interpreted copy if the compiled one throws. The state
    /// travels as an argument, so the static lambdas of the callers allocate nothing per match.
    /// </summary>
    private TResult Run<TState, TResult>(TState state, Func<Regex, TState, TResult> match)
    {
        var regex = Current;
        try
        {
            return match(regex, state);
        }
        catch (Exception failure) when (IsEngineFault(regex, failure))
        {
            return match(FallBack(), state);
        }
    }

    /// <summary>
    /// A throw from the compiled copy, its timeout included, is its engine's fault; the interpreted copy's throws are real.
    /// </summary>
    private static bool IsEngineFault(Regex regex, Exception failure) =>
        (regex.Options & RegexOptions.Compiled) != 0 && failure is not OutOfMemoryException;

    private Regex FallBack()
    {
        _compiledFailed = true;
        var interpreted = new Regex(_pattern, _options);
        _current = interpreted;
        return interpreted;
    }

    private Regex Interpreted()
    {
        var created = new Regex(_pattern, _options);
        return Interlocked.CompareExchange(ref _current, created, null) ?? created;
    }

    private void CompileInBackground()
    {
        try
        {
            var compiled = _compile(_pattern, _options | RegexOptions.Compiled);

            // The first match pays for the JIT here, not in a caller's match.
            compiled.Match(WarmUp.Text);
            if (!_compiledFailed)
            {
                _current = compiled;
            }
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            // A background task's exception would go unobserved; the interpreted copy simply stays. A warm-up that timed
            // out counts as a fault too: the copy is not worth the risk.
            _compiledFailed = true;
        }
    }
}
