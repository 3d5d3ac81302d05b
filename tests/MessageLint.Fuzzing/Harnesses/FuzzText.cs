using System.Runtime.InteropServices;
using System.Text;

namespace MessageLint.Fuzzing.Harnesses;

/// <summary>
/// Turns fuzzer bytes into a string. Bytes starting with a UTF-16 LE byte-order mark are taken as
/// raw UTF-16 code units, so lone surrogates reach the text model; anything else is UTF-8 with bad
/// sequences replaced, which keeps seed files readable.
/// </summary>
public static class FuzzText
{
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Decodes the input as described above.</summary>
    public static string Decode(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 2 && data[0] == 0xFF && data[1] == 0xFE)
        {
            var units = data[2..];
            return new string(MemoryMarshal.Cast<byte, char>(units[..(units.Length & ~1)]));
        }

        return Lenient.GetString(data);
    }
}
