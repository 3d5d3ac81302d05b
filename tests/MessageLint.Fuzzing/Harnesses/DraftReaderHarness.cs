using MessageLint.Formats.Input;

namespace MessageLint.Fuzzing.Harnesses;

/// <summary>Reads raw bytes as a draft from a stream (BOMs, UTF-16, binary, bad UTF-8, oversize): every input gives text or a problem, never an exception.</summary>
public sealed class DraftReaderHarness : IFuzzHarness
{
    /// <summary>Small enough that the size limit itself is fuzzed too.</summary>
    private const long MaxBytes = 4096;

    private static readonly DraftReader Reader = new(MaxBytes);
    private static readonly InputItem Stdin = new(InputKind.StandardInput, "<stdin>");

    /// <inheritdoc />
    public string Name => "draft-bytes";

    /// <inheritdoc />
    public void Run(ReadOnlySpan<byte> data)
    {
        using var stream = new MemoryStream(data.ToArray(), writable: false);
        var result = Reader.Read(Stdin, stream);
        if ((result.Text is null) == (result.Problem is null))
        {
            throw new InvalidOperationException("Invariant broken: a read gave both text and a problem, or neither.");
        }
    }
}
