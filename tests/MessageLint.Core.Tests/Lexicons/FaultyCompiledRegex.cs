using System.Text.RegularExpressions;

namespace MessageLint.Core.Tests.Lexicons;

/// <summary>
/// A "compiled" regular expression whose engine passes its first match (the warm-up) and then throws
/// IndexOutOfRangeException on every match, as .NET's
/// compiled engine did on one lexicon expression: it lets a test prove the fallback without relying on a
/// runtime bug that a later runtime may fix. Built the way the regex source generator builds its types.
/// </summary>
internal sealed class FaultyCompiledRegex : Regex
{
    public FaultyCompiledRegex(string pattern, RegexOptions options)
    {
        base.pattern = pattern;
        roptions = options | RegexOptions.Compiled;
        internalMatchTimeout = InfiniteMatchTimeout;
        factory = new FaultyRunnerFactory();
        capsize = 1;
    }

    /// <summary>Hands out runners that share one count of scans.</summary>
    private sealed class FaultyRunnerFactory : RegexRunnerFactory
    {
        private int _scans;

        protected override RegexRunner CreateInstance() => new FaultyRunner(this);

        /// <summary>True for the first scan only.</summary>
        public bool FirstScan() => Interlocked.Increment(ref _scans) == 1;
    }

    /// <summary>Finds nothing on its first scan and then fails the way the faulty compiled engine did.</summary>
    private sealed class FaultyRunner(FaultyRunnerFactory owner) : RegexRunner
    {
        [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2201", Justification = "It imitates the runtime's own fault.")]
        protected override void Scan(ReadOnlySpan<char> text)
        {
            if (!owner.FirstScan())
            {
                throw new IndexOutOfRangeException("faulty engine");
            }
        }
    }
}
