namespace MessageLint.Fuzzing.Harnesses;

/// <summary>
/// One fuzzing target: takes arbitrary bytes and throws only when MessageLint is wrong, so AFL++
/// reports exactly the inputs that crash, hang or break an invariant.
/// </summary>
public interface IFuzzHarness
{
    /// <summary>The name used on the command line and as the corpus folder name.</summary>
    string Name { get; }

    /// <summary>Runs one input; any exception is a finding.</summary>
    void Run(ReadOnlySpan<byte> data);
}
